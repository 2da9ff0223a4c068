namespace AifStudy.Core.Markdown.Normalization;

/// <summary>Applies a line rewrite only to the parts of a line outside backtick code spans.</summary>
internal static class InlineCode
{
    public static string ReplaceOutsideCode(string line, Func<string, string> rewrite)
    {
        var sb = new System.Text.StringBuilder(line.Length);
        var pos = 0;
        while (pos < line.Length)
        {
            var tick = line.IndexOf('`', pos);
            if (tick < 0)
            {
                sb.Append(rewrite(line[pos..]));
                break;
            }

            sb.Append(rewrite(line[pos..tick]));
            var run = 1;
            while (tick + run < line.Length && line[tick + run] == '`')
            {
                run++;
            }

            var close = line.IndexOf(new string('`', run), tick + run, StringComparison.Ordinal);
            var end = close < 0 ? line.Length : close + run;
            sb.Append(line, tick, end - tick);
            pos = end;
        }

        return sb.ToString();
    }
}
