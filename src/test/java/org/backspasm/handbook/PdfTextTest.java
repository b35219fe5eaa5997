package org.backspasm.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What goes into the PDFs' CSS is escaped for CSS, not for HTML (F12, F13 of the security review). */
class PdfTextTest {

    @TempDir
    Path temp;

    @Test
    void quotesAndAmpersandsInThePlansTitlePrintAsThemselvesInItsFooter() throws IOException {
        TestProject project = TestProject.base(temp);
        Path plan = project.path("content/prevention.md");
        Files.writeString(plan, Files.readString(plan).replaceFirst("(?m)^title: .*$",
                "title: 'Stay \"well\" & move </style>'"));
        TestProject.Run run = project.run("build");
        assertEquals(0, run.exitCode(), run.err());
        String text = ClinicEditionTest.pdfText(SiteChecks.plan(project.path("site")));
        assertTrue(text.contains("Stay \"well\" & move </style> · page 1 of"), text);
    }

    @Test
    void aPictureInThePreventionPageIsInThePlanPdfToo() throws IOException {
        TestProject project = TestProject.base(temp);
        ClinicEditionTest.writePngLogo(project.path("content/stretch.png"));
        Path plan = project.path("content/prevention.md");
        Files.writeString(plan, Files.readString(plan) + "\n![A person lying on their back, knees bent](stretch.png \"Lie like this\")\n");
        TestProject.Run run = project.run("build");
        assertEquals(0, run.exitCode(), run.err());
        int images = 0;
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(SiteChecks.plan(project.path("site")).toFile())) {
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    images += page.getResources().isImageXObject(name) ? 1 : 0;
                }
            }
        }
        assertEquals(1, images, "the picture is in the plan");
    }
}
