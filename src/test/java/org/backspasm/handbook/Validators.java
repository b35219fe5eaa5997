package org.backspasm.handbook;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** The W3C Nu Html Checker for HTML and CSS, and veraPDF for PDF/UA-1: each returns the errors it found. */
final class Validators {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private Validators() {
    }

    /** Errors (not warnings) the Nu Html Checker reports for an HTML or a CSS file. */
    static List<String> nuErrors(Path file) {
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(file.getFileName() + ":" + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        try {
            SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, true);
            validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
            validator.setUpValidatorAndParsers(handler, false, false);
            File input = file.toFile();
            if (file.toString().endsWith(".css")) {
                validator.checkCssFile(input, true);
            } else {
                validator.checkHtmlFile(input, true);
            }
        } catch (Exception e) {
            errors.add(file.getFileName() + ": the checker failed: " + e);
        }
        return errors;
    }

    /** The PDF/UA-1 rules a PDF fails, as veraPDF names them. */
    static List<String> pdfUaFailures(Path pdf) {
        List<String> failures = new ArrayList<>();
        PDFAFlavour flavour = PDFAFlavour.PDFUA_1;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf.toFile(), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    String rule = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
                    String failure = pdf.getFileName() + ": rule " + rule + ": " + assertion.getMessage();
                    if (!failures.contains(failure)) {
                        failures.add(failure);
                    }
                }
            }
            if (!result.isCompliant() && failures.isEmpty()) {
                failures.add(pdf.getFileName() + ": not compliant (" + result.getJobEndStatus() + ")");
            }
        } catch (Exception e) {
            failures.add(pdf.getFileName() + ": veraPDF could not check it: " + e);
        }
        return failures;
    }
}
