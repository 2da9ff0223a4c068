using System.Text;
using AifStudy.Core.Search;
using AifStudy.Web.Services.Search;
using Microsoft.Data.Sqlite;

namespace AifStudy.Benchmarks;

/// <summary>
/// Fills a migrated database with notes, sections of mixed Chinese and English text and their search index and gram rows
/// (prepared statements, one transaction). Deterministic for a seed. A few words are rare, so that some queries
/// have to look through most of the index.
/// </summary>
internal static class SearchDataGenerator
{
    private const int SectionsPerNote = 100;

    private static readonly string[] Words =
    [
        "模型", "训练", "推理", "数据", "向量", "嵌入", "提示", "检索", "增强", "生成", "基础模型", "微调", "评估", "偏差", "安全",
        "機器學習", "深度學習", "神經網絡", "the", "model", "data", "training", "inference", "prompt", "retrieval", "vector",
        "embedding", "transformer", "attention", "token", "context", "Amazon", "Bedrock", "SageMaker", "RAG", "LLM", "AI", "ML",
        "fine-tuning", "evaluation", "bias", "agent", "guardrails", "latency", "cost", "GPU", "，", "。", "：",
    ];

    private static readonly string[] RareWords = ["量子纠缠", "zeppelin", "蝴蝶效应", "quasar"];

    public static void Fill(string connectionString, int sectionCount, int seed = 7)
    {
        var random = new Random(seed);
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        ReviewDataGenerator.Exec(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF;");
        using var transaction = connection.BeginTransaction();
        var noteCount = (sectionCount + SectionsPerNote - 1) / SectionsPerNote;
        using (var note = ReviewDataGenerator.Prepare(connection, transaction, """
            INSERT INTO Notes (Id, Slug, SourcePath, ContentHash, ParserVersion, CardsVersion, Title, Domain, Languages, Tags, Markdown,
                HasAuthoredMindmap, SectionCount, Normalizations, Warnings, ImportedAt)
            VALUES ($id, $slug, $path, $hash, '', '', $title, 1, 'zh-Hans,en', '', '', 0, 100, '', '', 0)
            """, "$id", "$slug", "$path", "$hash", "$title"))
        {
            for (var n = 1; n <= noteCount; n++)
            {
                ReviewDataGenerator.Run(note, n, $"note-{n}", $"note-{n}.md", new string('0', 64), $"Note {n}");
            }
        }

        using var section = ReviewDataGenerator.Prepare(connection, transaction, """
            INSERT INTO Sections (Id, NoteId, Position, ParentPosition, Level, Title, PathText, Anchor, Line, IsEmpty, IsInferred,
                Markdown, PlainText, Languages, StructureJson)
            VALUES ($id, $note, $position, NULL, 2, $title, $title, $anchor, 1, 0, 0, $text, $text, 'zh-Hans,en', '{}')
            """, "$id", "$note", "$position", "$title", "$anchor", "$text");
        using var index = ReviewDataGenerator.Prepare(connection, transaction, """
            INSERT INTO SearchIndex (kind, ref_id, note_slug, anchor, title, body) VALUES ('section', $id, $slug, $anchor, $title, $body);
            INSERT INTO SearchGrams (rowid, grams) VALUES (last_insert_rowid(), $grams);
            """, "$id", "$slug", "$anchor", "$title", "$body", "$grams");
        section.Prepare();
        index.Prepare();
        for (var s = 1; s <= sectionCount; s++)
        {
            var n = (s - 1) / SectionsPerNote + 1;
            var title = $"{Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]} {s}";
            var text = Text(random, 60);
            ReviewDataGenerator.Run(section, s, n, (s - 1) % SectionsPerNote, title, $"section-{s}", text);
            var (foldedTitle, foldedText) = (SearchText.Fold(title), SearchText.Fold(text));
            ReviewDataGenerator.Run(index, s, $"note-{n}", $"section-{s}", foldedTitle, foldedText, SearchGramTokens.ForRow(foldedTitle, foldedText));
        }

        transaction.Commit();
    }

    private static string Text(Random random, int words)
    {
        var text = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            // About one section in 2,000 holds a rare word.
            var word = random.Next(120_000) == 0 ? RareWords[random.Next(RareWords.Length)] : Words[random.Next(Words.Length)];
            text.Append(word).Append(char.IsAscii(word[0]) ? " " : "");
        }

        return text.ToString();
    }
}
