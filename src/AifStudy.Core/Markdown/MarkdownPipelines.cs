using Markdig;

namespace AifStudy.Core.Markdown;

/// <summary>The one Markdig pipeline notes are parsed and rendered with. Markdig pipelines are thread-safe.</summary>
public static class MarkdownPipelines
{
    /// <summary>Pipe tables, custom containers, emphasis extras, CJK-friendly emphasis (so <c>**（例如）**从</c> is bold), auto links, task lists, maths; no heading ids (we assign our own).</summary>
    public static MarkdownPipeline Default { get; } = Builder().Build();

    /// <summary>A builder set up as <see cref="Default"/>'s was, for tests that add to it.</summary>
    internal static MarkdownPipelineBuilder Builder() => new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseCustomContainers()
        .UseEmphasisExtras()
        .UseCjkFriendlyEmphasis()
        .UseAutoLinks()
        .UseTaskLists()
        .UseMathematics()
        .UseGenericAttributes();
}
