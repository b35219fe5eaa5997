package org.backspasm.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.backspasm.handbook.TestProject;
import org.backspasm.handbook.problem.ProblemList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The names templates read are the interface of every clinic's template override. */
class TemplateModelTest {

    @Test
    void theNamesTemplatesSeeStayTheSame() {
        assertEquals(List.of("handbook", "alternates", "clinic", "editionUrl", "hostedAlternates", "shareImage"),
                names(TemplateModel.Frame.class));
        assertEquals(List.of("breathingText"), names(TemplateModel.Breathing.class));
        assertEquals(List.of("page", "body", "previous", "next"), names(TemplateModel.SitePage.class));
        assertEquals(List.of("sections"), names(TemplateModel.PrintPage.class));
        assertEquals(List.of("logoUri", "qrImage", "cardBodyPt"), names(TemplateModel.Card.class));
        assertEquals(List.of("logoUri", "qrImage", "page", "cssTitle", "body", "bookmarks"),
                names(TemplateModel.Plan.class));
        assertEquals(List.of("logoUri", "qrImage", "sections", "cssTitle"), names(TemplateModel.LargePrint.class));
    }

    @Test
    void anEmptyOptionalIsAVariableTheTemplateDoesNotHave(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("t.ftl"), "${cardBodyPt} <#if logoUri??>${logoUri}<#else>no logo</#if>"
                + " <#if clinic??>clinic<#else>no clinic</#if> ${msg.word}");
        TemplateModel.Frame frame = new TemplateModel.Frame(null, List.of(), Optional.empty(), Optional.empty(),
                List.of(), Optional.empty());
        try (Renderer renderer = TestProject.renderer()) {
            Templates templates = renderer.templates(List.of(new Templates.Folder(temp, "templates")))
                    .withMessages(java.util.Map.of("word", "hello"));
            assertEquals(Optional.of("12.5 no logo no clinic hello"), templates.render("t.ftl", frame,
                    new TemplateModel.Card(Optional.empty(), Optional.empty(), 12.5), new ProblemList()));
            assertEquals(Optional.of("9 logo.png no clinic hello"), templates.render("t.ftl", frame,
                    new TemplateModel.Card(Optional.of("logo.png"), Optional.empty(), 9), new ProblemList()));
        }
    }

    private static List<String> names(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList();
    }
}
