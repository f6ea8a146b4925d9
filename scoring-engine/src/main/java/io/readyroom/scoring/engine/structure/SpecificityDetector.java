package io.readyroom.scoring.engine.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds named standards, systems, frameworks and procedures, and the figures, sizes and
 * durations that go with them: the details that show an answer comes from practice rather
 * than from a glossary. Where two details overlap ("NIST" in "NIST CSF") the longer one
 * is kept.
 */
public final class SpecificityDetector {

	private static final Pattern STANDARD = Pattern.compile("\\b(HIPAA|HITECH|HL7(?: v[23](?:\\.\\d+)?)?|FHIR|"
			+ "ICD-?1[01](?:-(?:CM|PCS))?|ICD-?9|CPT|HCPCS|SNOMED(?: CT)?|LOINC|DICOM|X12|837|835|NCPDP|C-?CDA|"
			+ "NIST(?: \\w+ \\d+-\\d+)?|SOC ?2|GDPR|42 CFR Part 2|21 CFR Part 11|45 CFR \\d+|CMS|ONC|Meaningful Use|"
			+ "Promoting Interoperability|MIPS|MACRA|HEDIS|TEFCA|USCDI|ISO ?27001|OWASP|PCI(?: DSS)?|SAML|OAuth|"
			+ "TLS|AES-?256|DRG|MS-DRG|E/M|AHIMA|CDI|RHIT|RHIA|CCS|ITIL|PMP|Agile|Scrum|HITRUST|Joint Commission)\\b");

	private static final Pattern SYSTEM = Pattern.compile("\\b(Epic|Cerner|Oracle Health|Meditech|Allscripts|"
			+ "athenahealth|athenaOne|eClinicalWorks|NextGen|Kareo|ServiceNow|Jira|Tableau|Power BI|SQL|Excel|"
			+ "Active Directory|Citrix|Imprivata|Rhapsody|Mirth|Cloverleaf|Splunk|Azure|AWS|PACS|RIS|LIS|OnBase|"
			+ "3M|Optum|Workday|Salesforce|Python|Crystal Reports|SharePoint|Teams|Zoom|Okta|CrowdStrike|"
			+ "Clarity|Caboodle|Cogito|Hyperspace|PowerChart|Dragon|Nuance|Veeva|Greenway|DrChrono|Practice Fusion)\\b");

	/**
	 * Frameworks and named procedures of health IT work, written out. Grouped by where
	 * they come from; hyphens and spaces are interchangeable because learners write both.
	 */
	private static final Pattern NAMED_METHOD = Pattern.compile("(?i)\\b("
			// HIPAA privacy and breach work
			+ "four[- ]factor (?:breach )?risk assessment|(?:security |breach )?risk (?:assessment|analysis)|"
			+ "minimum necessary|accounting of disclosures|breach notification|business associate agreements?|"
			+ "two (?:patient )?identifiers|"
			// access control and security operations
			+ "break[- ]the[- ]glass|(?:two|multi)[- ]factor authentication|single sign[- ]on|"
			+ "role[- ]based access(?: control)?|least privilege|chart audits?|access audits?|"
			+ "audit (?:log|trail) reviews?|penetration test(?:s|ing)?|vulnerability scans?|phishing simulations?|"
			+ "tabletop exercises?|incident response plan|NIST (?:CSF|Cybersecurity Framework)|HITRUST CSF|"
			// EHR implementation and operations
			+ "go-live|downtime procedures?|disaster recovery (?:plan|test|drill)s?|business continuity plan|"
			+ "user acceptance testing|parallel testing|regression testing|change control|super[- ]?users?|"
			+ "at[- ]the[- ]elbow support|train[- ]the[- ]trainer|"
			// quality improvement
			+ "root[- ]cause analysis|failure mode(?:s)? and effects analysis|gap analysis|"
			+ "plan[- ]do[- ]study[- ]act|plan[- ]do[- ]check[- ]act|six sigma|value stream map(?:ping)?" + ")\\b");

	/**
	 * The same kinds of method by their short names, which only count in capitals: "Lean"
	 * and "STAR" are ordinary words otherwise.
	 */
	private static final Pattern METHOD_ACRONYM = Pattern
		.compile("\\b(PDSA|PDCA|DMAIC|RCA|FMEA|SBAR|STAR|ADKAR|" + "Lean|MFA|2FA|SSO|RBAC|BAA|UAT|SRA|BCP)\\b");

	/** Money, percentages, and counts of events: "$40k", "30%", "200 tickets". */
	private static final Pattern FIGURE = Pattern.compile("(?i)(\\$\\s?\\d[\\d,.]*\\s?(?:k|m|million|thousand)?|"
			+ "\\b\\d[\\d,.]*\\s?(?:%|percent\\b|(?:tickets?|calls?|errors?|claims?|denials?|encounters?|visits?|"
			+ "appointments?|requests?|orders?|messages?|alerts?|incidents?)\\b))");

	public Specificity analyze(String answer) {
		List<SpecificDetail> details = new ArrayList<>();
		collect(STANDARD, SpecificDetail.Kind.STANDARD, answer, details);
		collect(SYSTEM, SpecificDetail.Kind.SYSTEM, answer, details);
		collect(NAMED_METHOD, SpecificDetail.Kind.METHOD, answer, details);
		collect(METHOD_ACRONYM, SpecificDetail.Kind.METHOD, answer, details);
		collect(FIGURE, SpecificDetail.Kind.FIGURE, answer, details);
		collect(QuantityPatterns.SIZE, SpecificDetail.Kind.SIZE, answer, details);
		collect(QuantityPatterns.DURATION, SpecificDetail.Kind.DURATION, answer, details);
		return new Specificity(withoutOverlaps(details));
	}

	private static void collect(Pattern pattern, SpecificDetail.Kind kind, String answer,
			List<SpecificDetail> details) {
		Matcher matcher = pattern.matcher(answer);
		while (matcher.find()) {
			details.add(new SpecificDetail(kind, matcher.group().trim(), matcher.start(), matcher.end()));
		}
	}

	/**
	 * In answer order; of overlapping details, the one that starts first, then the
	 * longer.
	 */
	private static List<SpecificDetail> withoutOverlaps(List<SpecificDetail> details) {
		details.sort(Comparator.comparingInt(SpecificDetail::start)
			.thenComparing(Comparator.comparingInt(SpecificDetail::end).reversed()));
		List<SpecificDetail> kept = new ArrayList<>();
		int keptUntil = 0;
		for (SpecificDetail detail : details) {
			if (detail.start() >= keptUntil) {
				kept.add(detail);
				keptUntil = detail.end();
			}
		}
		return kept;
	}

}
