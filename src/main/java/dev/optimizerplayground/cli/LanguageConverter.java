package dev.optimizerplayground.cli;

import dev.optimizerplayground.core.text.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a language tag, {@code en} or {@code zh}, for {@code --lang}. */
final class LanguageConverter implements ITypeConverter<Language> {

    @Override
    public Language convert(String text) {
        try {
            return Language.ofTag(text);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
