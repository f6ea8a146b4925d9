package io.readyroom.scoring.engine.validity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the official SemEval-2013 Task 7 release straight from its zip: one XML file per
 * question, with the 2-way and 3-way labels in parallel folders joined by answer id.
 */
public final class SemEvalCorpus {

	private final Path zip;

	public SemEvalCorpus(Path zip) {
		this.zip = zip;
	}

	/**
	 * @param corpus {@code beetle} or {@code sciEntsBank}
	 * @param split {@code training}, {@code test-unseen-answers},
	 * {@code test-unseen-questions} or {@code test-unseen-domains}
	 */
	public List<SemEvalQuestion> questions(String corpus, String split) {
		try (ZipFile file = new ZipFile(this.zip.toFile())) {
			Map<String, String> threeWay = new HashMap<>();
			for (SemEvalQuestion question : read(file, folder("3way", corpus, split), Map.of())) {
				question.answers().forEach((a) -> threeWay.put(a.id(), a.twoWay()));
			}
			return read(file, folder("2way", corpus, split), threeWay);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String folder(String way, String corpus, String split) {
		return split.equals("training") ? "training/" + way + "/" + corpus + "/"
				: "test/" + way + "/" + corpus + "/" + split + "/";
	}

	private static List<SemEvalQuestion> read(ZipFile file, String folder, Map<String, String> threeWay)
			throws IOException {
		List<ZipEntry> entries = Collections.list(file.entries())
			.stream()
			.filter((e) -> e.getName().startsWith(folder) && e.getName().endsWith(".xml")
					&& e.getName().indexOf('/', folder.length()) < 0)
			.sorted(Comparator.comparing(ZipEntry::getName))
			.map(ZipEntry.class::cast)
			.toList();
		if (entries.isEmpty()) {
			throw new IllegalArgumentException("no questions under " + folder + " in " + file.getName());
		}
		List<SemEvalQuestion> questions = new ArrayList<>();
		for (ZipEntry entry : entries) {
			try (InputStream in = file.getInputStream(entry)) {
				questions.add(parse(in, threeWay));
			}
		}
		return questions;
	}

	static SemEvalQuestion parse(InputStream xml, Map<String, String> threeWay) throws IOException {
		Element root;
		try {
			root = builder().parse(xml).getDocumentElement();
		}
		catch (SAXException ex) {
			throw new IOException("malformed SemEval XML", ex);
		}
		List<String> references = new ArrayList<>();
		NodeList referenceNodes = root.getElementsByTagName("referenceAnswer");
		for (int i = 0; i < referenceNodes.getLength(); i++) {
			Element reference = (Element) referenceNodes.item(i);
			String text = reference.getTextContent().trim();
			if ("BEST".equals(reference.getAttribute("category"))) {
				references.add(0, text);
			}
			else {
				references.add(text);
			}
		}
		List<LabelledAnswer> answers = new ArrayList<>();
		NodeList answerNodes = root.getElementsByTagName("studentAnswer");
		for (int i = 0; i < answerNodes.getLength(); i++) {
			Element answer = (Element) answerNodes.item(i);
			String id = answer.getAttribute("id");
			String label = answer.getAttribute("accuracy");
			answers
				.add(new LabelledAnswer(id, answer.getTextContent().trim(), label, threeWay.getOrDefault(id, label)));
		}
		String text = root.getElementsByTagName("questionText").item(0).getTextContent().trim();
		return new SemEvalQuestion(root.getAttribute("id"), text, references, answers);
	}

	private static DocumentBuilder builder() throws IOException {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder();
		}
		catch (ParserConfigurationException ex) {
			throw new IOException(ex);
		}
	}

}
