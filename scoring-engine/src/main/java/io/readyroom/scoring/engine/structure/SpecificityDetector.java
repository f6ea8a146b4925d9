package io.readyroom.scoring.engine.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds named standards, systems and figures: the details that show an answer comes from
 * practice rather than from a glossary.
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

	private static final Pattern FIGURE = Pattern.compile("(?i)(\\$\\s?\\d[\\d,.]*\\s?(?:k|m|million|thousand)?|"
			+ "\\b\\d[\\d,.]*\\s?(?:%|percent\\b|hours?\\b|days?\\b|weeks?\\b|months?\\b|years?\\b|minutes?\\b|"
			+ "seconds?\\b|patients?\\b|users?\\b|records?\\b|charts?\\b|staff\\b|beds?\\b|sites?\\b|clinics?\\b|"
			+ "providers?\\b|tickets?\\b|claims?\\b|encounters?\\b|people\\b|nurses?\\b|physicians?\\b|"
			+ "departments?\\b|interfaces?\\b|servers?\\b|workstations?\\b|calls?\\b|errors?\\b))");

	public Specificity analyze(String answer) {
		List<SpecificDetail> details = new ArrayList<>();
		collect(STANDARD, SpecificDetail.Kind.STANDARD, answer, details);
		collect(SYSTEM, SpecificDetail.Kind.SYSTEM, answer, details);
		collect(FIGURE, SpecificDetail.Kind.FIGURE, answer, details);
		details.sort(Comparator.comparingInt(SpecificDetail::start));
		return new Specificity(details);
	}

	private static void collect(Pattern pattern, SpecificDetail.Kind kind, String answer,
			List<SpecificDetail> details) {
		Matcher matcher = pattern.matcher(answer);
		while (matcher.find()) {
			details.add(new SpecificDetail(kind, matcher.group().trim(), matcher.start(), matcher.end()));
		}
	}

}
