#pragma once
// str.format() templates: "{} {0} {name} {0[1]} {x.attr} {:>8} {!r:^10} {{ }}" parsed into
// literal runs and fields (CPython's Objects/stringlib/unicode_format.h). The VM glue looks
// the fields up, converts (!r !s !a), expands a nested spec ("{:{width}}") and calls format().

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/text/result.hpp"

namespace il::text {

// One ".attr" or "[key]" after the field's first name.
struct FieldAccessor {
    bool isAttribute = false;  // ".name" (else "[key]")
    std::string name;          // attribute name or item key text
    int64_t index = -1;        // the key as an int when it is all digits, else -1
};

struct TemplatePiece;

// A parsed template. Errors found while parsing are stored with the pieces parsed before them
// so the glue can raise them in CPython's order (after rendering those pieces).
struct FormatTemplate {
    std::vector<TemplatePiece> pieces;
    std::optional<Error> error;
};

struct TemplatePiece {
    bool literal = true;
    std::string text;                    // literal text ("{{" already unescaped)
    // A field: positional (argIndex >= 0, auto-numbered or explicit) or keyword (argName).
    int64_t argIndex = -1;
    std::string argName;
    std::vector<FieldAccessor> accessors;
    char32_t conversion = 0;             // 0, 'r', 's', 'a' (others: see conversionError)
    std::string spec;                    // the raw spec when it has no nested fields
    bool specNested = false;             // spec contains "{...}": render specTemplate instead
    std::vector<TemplatePiece> specPieces;  // the nested spec, parsed (shares auto-numbering)
};

// parseFormatTemplate() parses a str.format() template.
[[nodiscard]] FormatTemplate parseFormatTemplate(std::string_view fmt);

// conversionError() is the error for an unknown conversion ("Unknown conversion specifier x"),
// or nullopt for 0/'r'/'s'/'a'.
[[nodiscard]] std::optional<Error> conversionError(char32_t conversion);

// The IndexError message for a positional field beyond the arguments.
[[nodiscard]] std::string replacementIndexError(int64_t index);

}  // namespace il::text
