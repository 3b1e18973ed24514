using System.Globalization;
using System.Text;

namespace BriefBot.Core.Knowledge.Text;

/// <summary>
/// Folds names so that spellings meet: case, diacritics (Erdoğan/Erdogan, İlham/Ilham, Göyüşov/Goyushov),
/// typographic apostrophes and possessives (Aliyev's) all fold away.
/// </summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Most news text is ASCII: no marks to decompose, so the Unicode normalisation (a call into ICU) is skipped.
        if (System.Text.Ascii.IsValid(text))
        {
            return StripPossessive(FoldAscii(text).Trim());
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            sb.Append(c switch
            {
                'ı' or 'İ' => 'i',
                'ə' or 'Ə' => 'a',
                'ø' or 'Ø' => 'o',
                'ł' or 'Ł' => 'l',
                'đ' or 'Đ' => 'd',
                'ß' => 's',
                '’' or '‘' or '`' or '´' => '\'',
                '–' or '—' or '‐' => '-',
                _ => char.ToLowerInvariant(c),
            });
        }

        return StripPossessive(sb.ToString().Trim());
    }

    /// <summary>Folds every word and joins them with single spaces; dots in acronyms are kept.</summary>
    public static string FoldPhrase(string text) => string.Join(' ', Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(StripPossessive));

    /// <summary>A URL- and file-safe id: "İlham Aliyev" → "ilham-aliyev".</summary>
    public static string Slug(string text)
    {
        var folded = Fold(text);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().Trim('-');
    }

    /// <summary>What the general path makes of ASCII: lower case, and a backtick is an apostrophe.</summary>
    private static string FoldAscii(string text)
    {
        foreach (var c in text)
        {
            if (c is '`' or (>= 'A' and <= 'Z'))
            {
                return string.Create(text.Length, text, static (span, source) =>
                {
                    for (var i = 0; i < source.Length; i++)
                    {
                        var c = source[i];
                        span[i] = c == '`' ? '\'' : char.ToLowerInvariant(c);
                    }
                });
            }
        }

        return text;
    }

    private static string StripPossessive(string word)
    {
        if (word.EndsWith("'s", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        return word.EndsWith("s'", StringComparison.Ordinal) ? word[..^1] : word;
    }
}
