using System.Text.RegularExpressions;
using AifStudy.Core.Notes;

namespace AifStudy.Core.Flashcards;

/// <summary>
/// List-recall cards from an authored Mermaid mindmap: each branch with 2 to 12 short children asks for them, with the
/// path from the root as its context ("基础模型的基础知识 › FM 的类型 › 文本到文本模型：包括哪 3 项？"). A note that is
/// only mindmaps still yields cards. Branches whose children are sentences are points to reread, not lists to recall.
/// </summary>
internal static partial class MindmapCards
{
    private const string SubjectPrefix = "mindmap:";

    private const int MinChildren = 2;
    private const int MaxChildren = 12;
    private const int MaxChildLength = 30;

    public static IEnumerable<CardDraft> From(NoteSection section)
    {
        foreach (var block in section.MermaidBlocks)
        {
            if (Parse(block) is not { } root)
            {
                continue;
            }

            foreach (var (node, path) in Branches(root, []))
            {
                var children = node.Children.Select(c => c.Text).ToList();

                // "FM 通常通过自监督学习进行预训练" beside the branch "自监督学习的特点": a point and a topic, not one list.
                var branches = node.Children.Count(c => c.Children.Count > 0);

                // The root's branches, every one a topic of its own, are the map's outline (the note's chapters), not a
                // list to recall.
                // "FM 的示例" over four models: a note's examples, not a closed list (any other model is as right).
                if ((path.Count == 0 && branches == children.Count) || ExampleBranch().IsMatch(node.Text.Trim()))
                {
                    continue;
                }

                if (children.Count is < MinChildren or > MaxChildren || (branches > 0 && branches < children.Count)
                    || children.Any(c => c.Length > MaxChildLength || c.AsSpan().IndexOfAny(['，', '。', ',', '；', ';']) >= 0 || Quality.SubjectChecks.IsLabel(c)))
                {
                    continue;
                }

                var context = string.Join(" › ", path);
                // The note's language, not the branch's: "FM 的示例" over four English model names is asked in Chinese.
                var english = CardText.IsEnglish(string.Concat(children) + node.Text) && CardText.CjkCount(context + node.Text) == 0;
                var prefix = context.Length == 0 ? "" : CardText.Escape(context) + " › ";
                var front = english
                    ? $"{prefix}{CardText.Escape(node.Text)}: which {children.Count} items?"
                    : $"{prefix}{CardText.Escape(node.Text)}：包括哪 {children.Count} 项？";
                var back = string.Join("\n", children.Select(c => "- " + CardText.Escape(c)));
                yield return new CardDraft(CardKind.ListRecall, front, back, section, SubjectPrefix + context + " › " + node.Text)
                {
                    Context = context.Length == 0 ? null : context,
                };
            }
        }
    }

    [GeneratedRegex(@"(示例|例子|举例|舉例|範例|范例|实例|實例|例如|比如|examples?|e\.g\.?|such as|for instance)$", RegexOptions.IgnoreCase)]
    private static partial Regex ExampleBranch();

    /// <summary>The tree of a <c>mindmap</c> block by indentation, node shapes and icons removed; null for any other diagram.</summary>
    internal static Node? Parse(string mermaid)
    {
        var lines = mermaid.ReplaceLineEndings("\n").Split('\n')
            .Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith("%%", StringComparison.Ordinal))
            .ToList();
        if (lines.Count == 0 || lines[0].Trim() != "mindmap")
        {
            return null;
        }

        var stack = new List<(int Indent, Node Node)>();
        Node? root = null;
        foreach (var line in lines.Skip(1))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("::", StringComparison.Ordinal))
            {
                continue;
            }

            var indent = line.Length - line.TrimStart().Length;
            var node = new Node(Label(trimmed));
            while (stack.Count > 0 && stack[^1].Indent >= indent)
            {
                stack.RemoveAt(stack.Count - 1);
            }

            if (stack.Count == 0)
            {
                if (root is not null)
                {
                    return root;
                }

                root = node;
            }
            else
            {
                stack[^1].Node.Children.Add(node);
            }

            stack.Add((indent, node));
        }

        return root;
    }

    private static IEnumerable<(Node Node, List<string> Path)> Branches(Node node, List<string> path)
    {
        yield return (node, path);
        foreach (var child in node.Children)
        {
            foreach (var branch in Branches(child, [.. path, node.Text]))
            {
                yield return branch;
            }
        }
    }

    // "root((🔄 Query 改写))", "id[文本到文本模型]", "(自监督学习)", "A{{x}}", "B))y((", "plain text:::class".
    private static string Label(string text)
    {
        text = ClassSuffix().Replace(text, "");
        var m = Shape().Match(text);
        var label = m.Success ? m.Groups["text"].Value : text;
        return Emoji().Replace(label, "").Trim().Trim('"').Trim();
    }

    /// <summary>True for a list-recall draft made from a mindmap branch.</summary>
    internal static bool IsBranch(CardDraft draft) =>
        draft.Kind == CardKind.ListRecall && draft.Subject.StartsWith(SubjectPrefix, StringComparison.Ordinal);

    internal sealed record Node(string Text)
    {
        public List<Node> Children { get; } = [];
    }

    [GeneratedRegex(@"^[\w\-]*\s*(?:\(\((?<text>.*)\)\)|\)\)(?<text>.*)\(\(|\{\{(?<text>.*)\}\}|\((?<text>.*)\)|\)(?<text>.*)\(|\[(?<text>.*)\])$")]
    private static partial Regex Shape();

    [GeneratedRegex(@":::[\w\- ]+$")]
    private static partial Regex ClassSuffix();

    [GeneratedRegex(@"[\u2600-\u27BF\uFE0F]|\p{Cs}")]
    private static partial Regex Emoji();
}
