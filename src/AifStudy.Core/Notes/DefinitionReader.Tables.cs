using System.Text.RegularExpressions;
using AifStudy.Core.Markdown;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace AifStudy.Core.Notes;

/// <summary>A glossary written as a table: a term column and a column that says what each term means.</summary>
internal static partial class DefinitionReader
{
    /// <summary>
    /// A glossary written as a table: a first column headed as the term (术语, Term, English, Model, Service …) and a
    /// column headed as what it means (解释, 说明, Description, Definition, Meaning, Purpose …). Each row is the first cell
    /// and that cell. Other tables (comparisons, parameters, schedules) give nothing.
    /// </summary>
    private static IEnumerable<TermDefinition> FromTable(Table table)
    {
        var rows = table.OfType<TableRow>().ToList();
        if (rows.Count < 2 || !rows[0].IsHeader)
        {
            yield break;
        }

        var header = Cells(rows[0]);
        var described = header.FindLastIndex(h => DescriptionHeader().IsMatch(h));
        if (header.Count < 2 || !TermHeader().IsMatch(header[0]) || described <= 0)
        {
            yield break;
        }

        // "English | 中文 | 说明", "术语 | 全称 | 解释": the other name goes with the term, as a note writes "Accuracy（准确率）".
        var named = header.FindIndex(1, h => NameHeader().IsMatch(h));
        foreach (var row in rows.Skip(1))
        {
            var cells = Cells(row);
            if (cells.Count > described && cells[0].Length is > 0 and <= 2 * MaxPlainTermLength && cells[described].Length > 0)
            {
                // "-", "—", "N/A": an empty cell, not a name.
                var other = named > 0 && named < described && cells.Count > named ? cells[named] : "";
                var term = other.Length is > 0 and <= 2 * MaxPlainTermLength && other.Any(char.IsLetter) && !NoName().IsMatch(other)
                    && !other.Contains(cells[0], StringComparison.OrdinalIgnoreCase)
                    ? $"{cells[0]}（{other}）"
                    : cells[0];
                yield return new TermDefinition(term, cells[described], TermDefinitionKind.PlainColon);
            }
        }
    }

    private static List<string> Cells(TableRow row) =>
        row.OfType<TableCell>().Select(c => string.Join(" ", c.OfType<ParagraphBlock>().Select(p => InlineText.Of(p.Inline))).Trim()).ToList();

    [GeneratedRegex(@"^(术语|術語|名称|名稱|名词|名詞|概念|英文|English|Term|Terms|Concept|Name|Model|Models|Service|Services|AWS Service|Algorithm|Metric|Technique|缩写|縮寫|Acronym|Abbreviation|模型|服务|服務|算法|指标|指標|技术|技術)$", RegexOptions.IgnoreCase)]
    private static partial Regex TermHeader();

    [GeneratedRegex(@"^(n/?a|none|null|tbd|无|無|暂无|暫無|同上)$", RegexOptions.IgnoreCase)]
    private static partial Regex NoName();

    [GeneratedRegex(@"^(中文|Chinese|英文|English|全称|全稱|Full Name|Full name|Full Form|Stands for|中文名|英文名|译名|譯名)$", RegexOptions.IgnoreCase)]
    private static partial Regex NameHeader();

    // Not "Use case": "| Lookout for Metrics | Business metrics, ad campaigns |" says where it is used, not what it is.
    [GeneratedRegex(@"^(解释|解釋|说明|說明|含义|含義|意义|意義|定义|定義|描述|释义|釋義|用途|作用|Description|Definition|Meaning|Explanation|What it is|What it does|Purpose|Use|Used for)$", RegexOptions.IgnoreCase)]
    private static partial Regex DescriptionHeader();
}
