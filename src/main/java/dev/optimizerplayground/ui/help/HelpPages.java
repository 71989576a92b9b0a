package dev.optimizerplayground.ui.help;

import dev.optimizerplayground.core.text.Language;
import dev.optimizerplayground.core.text.Messages;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import dev.optimizerplayground.ui.lesson.LessonEditor;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of the Help menu, kept apart from how they are shown. The gestures come from the
 * message bundles; the optimizer guide, prose too long for a bundle, from a text file per language
 * beside this class ({@code optimizer-guide.txt}, {@code optimizer-guide_zh.txt}). The guide follows
 * the core's formulas (see the optimizer classes' comments) and the Chinese RMSProp articles the app
 * grew from: their E[g²]ₜ = 0.9·E[g²]ₜ₋₁ + 0.1·gₜ² with ε inside the root is the textbook
 * convention here; their PyTorch-style code's alpha = 0.99 is PyTorch's default.
 */
final class HelpPages {

    /** The guide's file name before the language's suffix. */
    private static final String GUIDE = "/dev/optimizerplayground/ui/help/optimizer-guide";
    private static final String HEADING = "## ";
    private static final String FORMULA = "    ";
    private static final String COMMENT = "#";

    /** One key or gesture and what it does, as a row of the shortcuts page. */
    record Shortcut(String keys, String action) {
    }

    /** A piece of a help page: a heading, a paragraph of prose, or a formula shown on its own line. */
    record Block(Kind kind, String text) {
        enum Kind { HEADING, PARAGRAPH, FORMULA }
    }

    private HelpPages() {
    }

    /** What the mouse and the desktop do; the keys come from the window's actions. */
    static List<Shortcut> gestures() {
        return List.of(
                new Shortcut(Messages.get("help.gesture.escape"), Messages.get("help.gesture.escape.does")),
                new Shortcut(Messages.get("help.gesture.wheel"), Messages.get("help.gesture.wheel.does")),
                new Shortcut(Messages.get("help.gesture.drag"), Messages.get("help.gesture.drag.does")),
                new Shortcut(Messages.get("help.gesture.click"), Messages.get("help.gesture.click.does")),
                new Shortcut(Messages.get("help.gesture.drag-start"), Messages.get("help.gesture.drag-start.does")),
                new Shortcut(Messages.get("help.gesture.drop"), Messages.get("help.gesture.drop.does")));
    }

    /** Help ▸ How the optimizers work, in the language in use. */
    static List<Block> optimizerGuide() {
        return optimizerGuide(Messages.language());
    }

    /**
     * The guide in one language: one block a line of its file; "## " starts a heading, four spaces a
     * formula, "#" a comment line, and blank lines only separate.
     */
    static List<Block> optimizerGuide(Language language) {
        String file = GUIDE + (language == Language.ENGLISH ? "" : "_" + language.tag()) + ".txt";
        InputStream in = HelpPages.class.getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException("missing from the build: " + file);
        }
        List<Block> blocks = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith(HEADING)) {
                    blocks.add(new Block(Block.Kind.HEADING, line.substring(HEADING.length()).strip()));
                } else if (line.startsWith(FORMULA) && !line.isBlank()) {
                    blocks.add(new Block(Block.Kind.FORMULA, line.strip()));
                } else if (!line.isBlank() && !line.startsWith(COMMENT)) {
                    blocks.add(new Block(Block.Kind.PARAGRAPH, line.strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
        return List.copyOf(blocks);
    }

    /**
     * The guide's last section: how to write a lesson (Lesson ▸ Edit…), and what happens to its
     * translations, as {@link dev.optimizerplayground.ui.lesson.LessonDraft} does it.
     */
    static List<Block> lessonGuide() {
        return List.of(
                new Block(Block.Kind.HEADING, Messages.get("help.lesson.title")),
                new Block(Block.Kind.PARAGRAPH, Messages.get("help.lesson.intro", LessonEditor.EDIT_KEYS.getDisplayText())),
                new Block(Block.Kind.PARAGRAPH, Messages.get("help.lesson.cues")),
                new Block(Block.Kind.PARAGRAPH,
                        Messages.get("help.lesson.apply", LessonEditor.APPLY_KEYS.getDisplayText())),
                new Block(Block.Kind.PARAGRAPH, Messages.get("help.lesson.languages")));
    }
}
