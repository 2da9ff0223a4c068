using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using AifStudy.Core.Quizzes;

namespace AifStudy.Web.Services.Quizzes;

/// <summary>How question snapshots and chosen options are stored.</summary>
internal static class QuizJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialize(QuizQuestion question) => JsonSerializer.Serialize(question, Options);

    public static QuizQuestion Question(string json) =>
        JsonSerializer.Deserialize<QuizQuestion>(json, Options) ?? throw new InvalidOperationException("Empty question snapshot.");

    public static string Serialize(IReadOnlyList<int> chosen) => JsonSerializer.Serialize(chosen, Options);

    public static IReadOnlyList<int> Chosen(string json) => JsonSerializer.Deserialize<int[]>(json, Options) ?? [];
}
