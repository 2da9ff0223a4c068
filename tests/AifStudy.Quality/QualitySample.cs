using System.Globalization;
using System.Text;
using AifStudy.Core.Flashcards;
using AifStudy.Core.Notes;
using AifStudy.Core.Quality;
using AifStudy.Core.Quizzes;

namespace AifStudy.Quality;

/// <summary>
/// A random sample of generated cards and questions for a blind review (docs/quality.md): each item with the source
/// section it was made from, so a reviewer can judge it against the rubric without seeing how it was made.
/// </summary>
internal sealed class QualitySample
{
    private readonly List<SampleItem> _items;
    private readonly List<NoteYield> _yields;
    private readonly int _seed;

    private QualitySample(List<SampleItem> items, List<NoteYield> yields, int seed)
    {
        _items = items;
        _yields = yields;
        _seed = seed;
    }

    /// <summary>
    /// Draws <paramref name="cards"/> cards and <paramref name="questions"/> questions, half from the own notes and half
    /// from the gathered ones; at most <paramref name="perNote"/> cards and as many questions from any one note, so one
    /// long glossary does not stand for every other author.
    /// </summary>
    public static QualitySample Draw(string ownFolder, IReadOnlyList<string> gatheredFolders, int seed, int cards, int questions, int perNote = int.MaxValue)
    {
        var random = new Random(seed);
        var own = Generate(ownFolder, "own", seed);
        var gathered = gatheredFolders.SelectMany(f => Generate(f, "gathered", seed)).ToList();
        var items = new List<SampleItem>();
        foreach (var (pool, share) in new[] { (own, 2), (gathered, 2) })
        {
            items.AddRange(Pick(pool.SelectMany(n => n.Cards), cards / share, perNote, random));
            items.AddRange(Pick(pool.SelectMany(n => n.Questions), questions / share, perNote, random));
        }

        // Shuffled so that the order tells the reviewer nothing about the source or kind.
        var shuffled = items.OrderBy(_ => random.Next()).ToList();
        return new QualitySample(shuffled, [.. own, .. gathered], seed);
    }

    /// <summary>Every item of every note in <paramref name="folder"/>, in note order (to read what a note yields).</summary>
    public static QualitySample All(string folder, int seed)
    {
        var yields = Generate(folder, "own", seed);
        return new QualitySample(yields.SelectMany(n => n.Cards.Concat(n.Questions)).ToList(), yields, seed);
    }

    private static IEnumerable<SampleItem> Pick(IEnumerable<SampleItem> pool, int count, int perNote, Random random)
    {
        var taken = new Dictionary<NoteYield, int>();
        foreach (var item in pool.OrderBy(i => i.Id, StringComparer.Ordinal).OrderBy(_ => random.Next()).ToList())
        {
            if (count == 0)
            {
                yield break;
            }

            if (taken.GetValueOrDefault(item.Note) < perNote)
            {
                taken[item.Note] = taken.GetValueOrDefault(item.Note) + 1;
                count--;
                yield return item;
            }
        }
    }

    // AIFSTUDY_ALL_KINDS=1 lists the kinds that are off by default too, to see what they would add before a review.
    private static readonly GenerationOptions Options =
        Environment.GetEnvironmentVariable("AIFSTUDY_ALL_KINDS") == "1" ? GenerationOptions.All : GenerationOptions.Default;

    private static List<NoteYield> Generate(string folder, string source, int seed)
    {
        var parser = new NoteParser();
        var yields = new List<NoteYield>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(file);
            var decoded = NoteDecoder.Decode(bytes);
            if (decoded.Text is null)
            {
                continue;
            }

            var slug = Path.GetFileNameWithoutExtension(file);
            var note = parser.Parse(decoded.Text, Path.GetFileName(file));
            var sections = note.Sections.ToDictionary(s => s.Anchor, StringComparer.Ordinal);
            var noteYield = new NoteYield(Path.GetFileName(file), source, bytes.Length);
            foreach (var card in CardGenerator.Generate(note, slug, null, Options))
            {
                noteYield.Cards.Add(new SampleItem($"{slug}/card/{card.Key}", noteYield, "card", card.Kind.ToString(),
                    CardText(card), sections.GetValueOrDefault(card.SectionAnchor)));
            }

            foreach (var question in QuestionGenerator.Generate(note, slug, note.Metadata.Domain, seed, null, Options))
            {
                var section = sections.GetValueOrDefault(question.SectionAnchor);
                noteYield.Questions.Add(new SampleItem($"{slug}/question/{question.Key}", noteYield, "question", question.Kind.ToString(),
                    QuestionText(question), section) { Source = PracticeSource(question, section, note) });
            }

            yields.Add(noteYield);
        }

        return yields;
    }

    // An author's practice question ("practice|" subject) may spread its question, options and key over sibling
    // sections ("1.1 Original Question", "1.2 Choices", "1.3 Correct Answer"): the reviewer sees them together.
    private static string? PracticeSource(QuizQuestion question, NoteSection? section, ParsedNote note)
    {
        if (section is null || question.Subject?.StartsWith("practice|", StringComparison.Ordinal) != true)
        {
            return null;
        }

        var following = note.Sections.Where(s => s.Index > section.Index && s.ParentIndex == section.ParentIndex).Take(3);
        return string.Join("\n\n", new[] { section }.Concat(following).Select(s => s == section ? s.Markdown.TrimEnd() : $"### {s.Title}\n\n{s.Markdown.TrimEnd()}"));
    }

    private static string CardText(GeneratedCard card) =>
        $"**Front:**\n\n{Quote(Shown(card.Front))}\n\n**Back:**\n\n{Quote(Shown(card.Back))}\n";

    // The text as the portal shows it: a card is markdown, and its escapes ("\\[...\\]", "d\\_{model}", "2 \\* p") render
    // as the characters they escape.
    private static string Shown(string markdown) => System.Text.RegularExpressions.Regex.Replace(markdown, @"\\([!-/:-@\[-`{-~])", "$1");

    private static string QuestionText(QuizQuestion q)
    {
        var text = new StringBuilder();
        text.Append("**Prompt:**\n\n").Append(Quote(q.Prompt)).Append("\n\n");
        if (q.Kind == QuestionKind.Cloze)
        {
            text.Append("**Accepted answers:** ").AppendJoin(" | ", q.AcceptedAnswers.Select(a => $"`{a}`")).Append("\n\n");
            var shorter = q.AcceptedAnswers.SelectMany(AnswerMatcher.ShortForms).Distinct(StringComparer.Ordinal).ToList();
            text.Append("**The answer check also accepts:** ")
                .Append(shorter.Count > 0 ? string.Join(" | ", shorter.Select(a => $"`{a}`")) + ", and " : "")
                .Append("any of these in another case, width, Simplified or Traditional characters, with or without surrounding punctuation or an Amazon/AWS prefix, and with or without a generic suffix (模型, 技术, 架构, 服务, model, technique, …).\n\n");
        }
        else if (q.Kind == QuestionKind.Matching)
        {
            text.Append("**Match each item to an option.** Items:\n\n");
            for (var i = 0; i < q.Items.Count; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"{i + 1}. {q.Items[i]}\n");
            }

            text.Append("\nOptions:\n\n");
            AppendOptions(text, q.Options);
            text.Append("\n**Marked right:** ").AppendJoin(", ", q.CorrectIndexes.Select((o, i) => $"{i + 1}→{Letter(o)}")).Append("\n\n");
        }
        else
        {
            text.Append("**Options:**\n\n");
            AppendOptions(text, q.Options);
            var label = q.Kind == QuestionKind.Ordering ? "Marked right order" : "Marked right";
            text.Append(CultureInfo.InvariantCulture, $"\n**{label}:** ").AppendJoin(q.Kind == QuestionKind.Ordering ? " → " : ", ", q.CorrectIndexes.Select(Letter)).Append("\n\n");
        }

        text.Append("**Explanation shown after answering:**\n\n").Append(Quote(q.Explanation)).Append('\n');
        return text.ToString();
    }

    private static void AppendOptions(StringBuilder text, IReadOnlyList<string> options)
    {
        for (var i = 0; i < options.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {Letter(i)}. {options[i]}\n");
        }
    }

    private static string Letter(int index) => ((char)('A' + index)).ToString();

    private static string Quote(string text) => string.Join('\n', text.Split('\n').Select(l => "> " + l));

    public string ReviewerText()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Review sample (seed {_seed}, {_items.Count} items)\n\n");
        text.Append("Each item is followed by the source section it was generated from. Judge each against the rubric.\n\n");
        for (var i = 0; i < _items.Count; i++)
        {
            var item = _items[i];
            text.Append(CultureInfo.InvariantCulture, $"## Item {i + 1} ({item.Type}, {item.Kind})\n\n{item.Text}\n");
            text.Append(CultureInfo.InvariantCulture, $"**Source section** (`{item.Note.File}` › {string.Join(" › ", item.Section?.Path ?? ["?"])}):\n\n");
            text.Append("````markdown\n").Append(item.Source ?? item.Section?.Markdown.TrimEnd() ?? "(section not found)").Append("\n````\n\n");
        }

        return text.ToString();
    }

    /// <summary>Which item came from where: kept apart from the reviewer's copy.</summary>
    public string KeyText()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# Sample key (seed {_seed})\n\n| item | source | note | type | kind | id |\n|---|---|---|---|---|---|\n");
        for (var i = 0; i < _items.Count; i++)
        {
            var item = _items[i];
            text.Append(CultureInfo.InvariantCulture, $"| {i + 1} | {item.Note.Source} | {item.Note.File} | {item.Type} | {item.Kind} | {item.Id} |\n");
        }

        text.Append("\n## Yield per note\n\n| note | source | KB | cards | questions | cards/KB | questions/KB |\n|---|---|---|---|---|---|---|\n");
        foreach (var note in _yields)
        {
            var kb = note.Bytes / 1024.0;
            text.Append(CultureInfo.InvariantCulture,
                $"| {note.File} | {note.Source} | {kb:0.0} | {note.Cards.Count} | {note.Questions.Count} | {note.Cards.Count / kb:0.00} | {note.Questions.Count / kb:0.00} |\n");
        }

        return text.ToString();
    }

    public string Summary() =>
        string.Create(CultureInfo.InvariantCulture, $"{_items.Count} items from {_yields.Count} notes ({_yields.Sum(n => n.Cards.Count)} cards, {_yields.Sum(n => n.Questions.Count)} questions in all)");

    private sealed record NoteYield(string File, string Source, long Bytes)
    {
        public List<SampleItem> Cards { get; } = [];

        public List<SampleItem> Questions { get; } = [];
    }

    private sealed record SampleItem(string Id, NoteYield Note, string Type, string Kind, string Text, NoteSection? Section)
    {
        /// <summary>The markdown the reviewer sees instead of the section's own, when the item spans sections.</summary>
        public string? Source { get; init; }
    }
}
