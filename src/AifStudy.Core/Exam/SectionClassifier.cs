using System.Text.RegularExpressions;
using AifStudy.Core.Notes;

namespace AifStudy.Core.Exam;

/// <summary>
/// Places every section of a note in the exam guide. In order: a learner's correction (the section's, then the
/// note's); the front matter's <c>task</c> and <c>domain</c>; a label in the heading path ("任务陈述 3.2", "Task
/// Statement 3.2", "領域 3", "Domain 3", "1. Fundamentals of AI and ML"); else the section's own text, scored by
/// the concepts and services it names (<see cref="KeywordScores"/>) and blended with the section above it (or, at
/// the top, with the whole note) as a prior. A domain from a label or the front matter keeps the text's vote inside it.
/// </summary>
public static partial class SectionClassifier
{
    // How much evidence of its own a section needs before it outweighs its parent, as a share of the note's typical
    // section: at that much, half and half.
    private const double PriorShare = 1.0;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 1 : sorted[sorted.Count / 2];
    }

    /// <summary>
    /// Classifies each section of <paramref name="note"/>, in section order. With <paramref name="readLabels"/> false the
    /// heading labels are ignored (to measure the text alone).
    /// </summary>
    public static IReadOnlyList<SectionClassification> Classify(ParsedNote note, IReadOnlyList<ClassificationOverride>? overrides = null, bool readLabels = true)
    {
        ArgumentNullException.ThrowIfNull(note);
        var tasks = ExamGuide.TaskStatements;
        // A keyword most sections of the note name ("基础模型" in a note on foundation models) tells them apart little.
        var hits = note.Sections.Select(KeywordScores.Hits).ToList();
        var withText = Math.Max(1, hits.Count(h => h.Count > 0));
        var spread = hits.SelectMany(h => h.Keys).GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count());
        var own = hits.Select(h => KeywordScores.Score(h, k => Math.Log(1 + ((double)withText / spread[k])) / Math.Log(1 + withText))).ToList();
        var typical = Median(own.Select(o => o.Sum()).Where(e => e > 0));

        // What a section's whole subtree names (its own text and its subsections'): a chapter is what its lessons cover.
        var subtree = own.Select(o => o.ToArray()).ToArray();
        foreach (var section in note.Sections.Reverse())
        {
            if (section.ParentIndex is { } up && up < section.Index)
            {
                for (var t = 0; t < tasks.Count; t++)
                {
                    subtree[up][t] += subtree[section.Index][t];
                }
            }
        }

        var noteWide = Normalize(Sum(own, tasks.Count));
        var noteOverride = overrides?.FirstOrDefault(o => o.SectionAnchor is null);
        var finals = new double[note.Sections.Count][];
        var result = new List<SectionClassification>(note.Sections.Count);
        foreach (var section in note.Sections)
        {
            var i = section.Index;
            // The prior: the parent as it was decided (its labels and corrections kept), or the whole note. A section
            // with much text of its own (or many subsections) outweighs it; a short lesson leans on its chapter.
            var prior = section.ParentIndex is { } p && p < i ? finals[p] : noteWide;
            var evidence = subtree[i].Sum();
            var alpha = evidence / (evidence + (PriorShare * typical));
            var blended = evidence > 0 ? Blend(Normalize(subtree[i]), prior, alpha) : prior;

            var (fixedDomain, fixedTask, source) = Fixed(note, section, overrides, noteOverride, readLabels);
            if (fixedTask is { } t)
            {
                blended = OneHot(tasks, t);
            }
            else if (fixedDomain is { } d)
            {
                blended = Within(blended, tasks, d);
            }

            finals[i] = blended;
            result.Add(Decide(i, blended, fixedDomain, fixedTask, source ?? (own[i].Sum() > 0 ? ClassificationSource.Content : blended.Sum() > 0 ? ClassificationSource.Parent : ClassificationSource.None)));
        }

        return result;
    }

    // The domain and task a correction, the front matter or a heading label fixes, and which of them did.
    private static (int? Domain, string? Task, ClassificationSource? Source) Fixed(ParsedNote note, NoteSection section, IReadOnlyList<ClassificationOverride>? overrides, ClassificationOverride? noteOverride, bool readLabels)
    {
        // A section's correction holds for its subsections too, unless one has its own: the nearest wins.
        for (var s = section; overrides is { Count: > 0 } && s is not null; s = s.ParentIndex is { } up && up < s.Index ? note.Sections[up] : null)
        {
            if (overrides.FirstOrDefault(o => o.SectionAnchor == s.Anchor) is { } mine)
            {
                return (mine.Domain, mine.TaskId, ClassificationSource.Override);
            }
        }

        if (noteOverride is not null)
        {
            return (noteOverride.Domain, noteOverride.TaskId, ClassificationSource.Override);
        }

        if (note.Metadata.WrittenTask is { } task)
        {
            return (ExamGuide.Find(task)!.Domain, task, ClassificationSource.FrontMatter);
        }

        var label = readLabels ? Labels.InPath(section.Path) : default;
        if (label.Task is not null)
        {
            return (label.Domain, label.Task, ClassificationSource.Label);
        }

        if (note.Metadata.WrittenDomain is { } written)
        {
            return (written, null, ClassificationSource.FrontMatter);
        }

        return label.Domain is { } d ? (d, null, ClassificationSource.Label) : (null, null, null);
    }

    private static SectionClassification Decide(int index, double[] scores, int? fixedDomain, string? fixedTask, ClassificationSource source)
    {
        var tasks = ExamGuide.TaskStatements;
        var total = scores.Sum();
        if (total <= 0)
        {
            return new(index, fixedDomain, fixedTask, fixedDomain is null ? 0 : 1, fixedTask is null ? 0 : 1, source);
        }

        var domain = fixedDomain ?? Enumerable.Range(1, 5).MaxBy(d => DomainShare(scores, d));
        var best = Enumerable.Range(0, tasks.Count).Where(t => tasks[t].Domain == domain).MaxBy(t => scores[t]);
        var domainConfidence = fixedDomain is null ? DomainShare(scores, domain) / total : 1;
        var taskConfidence = fixedTask is null ? scores[best] / total : 1;
        return new(index, domain, scores[best] > 0 ? tasks[best].Id : null, Math.Round(domainConfidence, 3), Math.Round(taskConfidence, 3), source);
    }

    private static double DomainShare(double[] scores, int domain) =>
        ExamGuide.TaskStatements.Select((t, i) => t.Domain == domain ? scores[i] : 0).Sum();

    private static double[] Blend(double[] own, double[] prior, double alpha) =>
        own.Select((v, i) => alpha * v + ((1 - alpha) * prior[i])).ToArray();

    private static double[] Normalize(double[] scores)
    {
        var total = scores.Sum();
        return total > 0 ? scores.Select(s => s / total).ToArray() : new double[scores.Length];
    }

    private static double[] Sum(IEnumerable<double[]> all, int length)
    {
        var sum = new double[length];
        foreach (var scores in all)
        {
            var normalized = Normalize(scores);
            for (var i = 0; i < length; i++)
            {
                sum[i] += normalized[i];
            }
        }

        return sum;
    }

    private static double[] OneHot(IReadOnlyList<TaskStatement> tasks, string id) =>
        tasks.Select(t => t.Id == id ? 1.0 : 0.0).ToArray();

    // The scores kept inside one domain (all zero when the text names nothing of it: the domain is known, the task not).
    private static double[] Within(double[] scores, IReadOnlyList<TaskStatement> tasks, int domain) =>
        Normalize(scores.Select((s, i) => tasks[i].Domain == domain ? s : 0).ToArray());
}
