using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AifStudy.Core.Notes;

namespace AifStudy.Core.Flashcards;

/// <summary>Text helpers shared by the card builders: normalising for comparison, escaping plain text as markdown.</summary>
internal static partial class CardText
{
    /// <summary>Letters and digits only, NFKC, lower case: what two texts are compared and keyed by.</summary>
    public static string Normalize(string text)
    {
        var source = IsFormKC(text) ? text : text.Normalize(NormalizationForm.FormKC);
        var rented = source.Length > 256 ? System.Buffers.ArrayPool<char>.Shared.Rent(source.Length) : null;
        Span<char> buffer = rented is null ? stackalloc char[256] : rented;
        var length = 0;
        foreach (var ch in source)
        {
            if (char.IsAsciiLetterOrDigit(ch))
            {
                buffer[length++] = char.IsAsciiLetterUpper(ch) ? (char)(ch | 0x20) : ch;
            }
            else if (ch >= 0x80 && char.IsLetterOrDigit(ch))
            {
                // CJK ideographs have no case; anything else outside ASCII asks the case tables.
                buffer[length++] = ch is >= '\u3400' and <= '\u9FFF' ? ch : char.ToLowerInvariant(ch);
            }
        }

        var result = new string(buffer[..length]);
        if (rented is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    // Text that NFKC leaves as it is, told without ICU: ASCII, the CJK ideographs and the Chinese punctuation that the
    // normalisation would only turn into other punctuation (which Normalize drops either way), dashes and quotation marks
    // (U+2010–2023, which NFKC keeps or makes other punctuation), the middle dot, ×, « » and the CJK brackets. Anything
    // else goes through string.Normalize.
    private static bool IsFormKC(string text)
    {
        foreach (var c in text)
        {
            if (!(c < 0x80 || c is (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF')
                || c is '\u3001' or '\u3002' or (>= '\u300C' and <= '\u300F') or '\uFF0C' or '\uFF1A' or '\uFF1B' or '\uFF08' or '\uFF09'
                || c is (>= '\u2010' and <= '\u2023') or '\u2027' or '\u00B7' or '\u00D7' or '\u00AB' or '\u00BB' or (>= '\u3008' and <= '\u3011')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "What are" for an English term whose last word is a plural ("Tokens", "LLMs", "Bedrock Agents"), "What is" for
    /// the rest ("Bias", "Analysis", "AWS", "Time series").
    /// </summary>
    public static string WhatIs(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        // The head noun comes before a preposition: "Calibration via Confidence Scores" is one calibration.
        var core = HeadPhrase().Replace(TermCards.CoreTerm(term).Trim(), "");
        var last = core.Split(' ', '-').LastOrDefault(w => w.Length > 0) ?? "";
        var plural = last.Length > 2 && last[^1] == 's' && char.IsLetter(last[^2])
            && !last.EndsWith("ss", StringComparison.Ordinal) && !last.EndsWith("is", StringComparison.Ordinal)
            && !last.EndsWith("us", StringComparison.Ordinal) && !last.EndsWith("as", StringComparison.Ordinal)
            && !last.Equals("series", StringComparison.OrdinalIgnoreCase) && !last.Equals("news", StringComparison.OrdinalIgnoreCase)
            && !last.Equals("means", StringComparison.OrdinalIgnoreCase)
            && !CamelName(last);
        return plural ? "What are" : "What is";
    }

    // "DeepLens", "SageMaker": a product's name run together, one thing whatever its last letter ("LLMs" stays plural).
    private static bool CamelName(string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsAsciiLetterLower(word[i - 1]) && char.IsAsciiLetterUpper(word[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A heading without its own numbering: <c>1、自然语言处理</c> → <c>自然语言处理</c>, <c>2. Pre-training</c> → <c>Pre-training</c>.</summary>
    public static string StripNumber(string title) => HeadingNumber().Replace(title, "").Trim();

    /// <summary>
    /// A bilingual heading split where its Chinese begins: <c>Diffusion models 擴散模型</c> → ("Diffusion models", "擴散模型").
    /// Either part may be empty.
    /// </summary>
    public static (string Latin, string Chinese) SplitHeading(string title)
    {
        var cut = title.TakeWhile(ch => !ScriptCounts.IsCjk(ch)).Count();
        return (title[..cut].Trim(), title[cut..].Trim());
    }

    /// <summary>True when the text says enough on its own: at least 8 ideographs or 5 English words.</summary>
    public static bool HasContext(string text) => CjkCount(text) >= 8 || WordCount(text) >= 5;

    /// <summary>True when English outweighs Chinese in <paramref name="text"/>.</summary>
    public static bool IsEnglish(string text) => ScriptCounts.Of(text).IsMostlyLatin;

    public static int CjkCount(string text) => text.Count(ScriptCounts.IsCjk);

    public static int WordCount(string text) => LatinWord().Count(text);

    /// <summary>True when <paramref name="text"/> contains <paramref name="part"/>, compared normalised.</summary>
    public static bool ContainsNormalized(string text, string part)
    {
        var p = Normalize(part);
        return p.Length > 0 && Normalize(text).Contains(p, StringComparison.Ordinal);
    }

    /// <summary>Plain text made safe to embed in markdown: characters that would start markup are backslash-escaped.</summary>
    public static string Escape(string plain)
    {
        var sb = new StringBuilder(plain.Length + 8);
        foreach (var ch in plain.ReplaceLineEndings(" "))
        {
            if (ch is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '~' or '$' or '|' or '#')
            {
                sb.Append('\\');
            }

            sb.Append(ch);
        }

        return sb.ToString();
    }

    /// <summary>Inserts a space between a Chinese lead and a label that starts with a Latin letter or digit.</summary>
    public static string Join(string cjkLead, string label) =>
        label.Length > 0 && char.IsAsciiLetterOrDigit(label[0]) ? cjkLead + " " + label : cjkLead + label;

    // "1、", "2.", "3)", the levels of "6.3.1 " and an appendix's "A.3 " (not "2024年", "3D").
    [GeneratedRegex(@"^\s*(?:[A-Z][.．]\d{1,2}(?:[.．]\d{1,2})*[.．]?\s+|[A-H][.．]\s+(?=\S)|\d{1,2}\s*[·・]\s*|\d{1,2}(?:[.．]\d{1,2})+[.．]?\s+|\d{1,2}\s*(、|\.|．|\))\s*|[一二三四五六七八九十]{1,3}\s*、\s*|[（(][一二三四五六七八九十]{1,3}[)）]\s*|[（(]\d{1,2}[)）]\s*)")]
    private static partial Regex HeadingNumber();

    [GeneratedRegex(@"[A-Za-z][A-Za-z'’\-]*")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"\s+(via|of|for|with|in|on|by|from|to|using|through|under|over|between|against|without)\s+.*$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadPhrase();
}
