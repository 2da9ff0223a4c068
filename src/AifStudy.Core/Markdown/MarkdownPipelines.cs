using Markdig;

namespace AifStudy.Core.Markdown;

/// <summary>The one Markdig pipeline notes are parsed and rendered with. Markdig pipelines are thread-safe.</summary>
public static class MarkdownPipelines
{
    /// <summary>Pipe tables, custom containers, emphasis extras, auto links, task lists, maths; no heading ids (we assign our own).</summary>
    public static MarkdownPipeline Default { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseCustomContainers()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseTaskLists()
        .UseMathematics()
        .UseGenericAttributes()
        .Build();
}
