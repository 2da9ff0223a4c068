using System.Reflection;

namespace AifStudy.Core.Search;

/// <summary>Reads an embedded <c>Search/Data/*-chars.txt</c> table into a lookup over all UTF-16 units.</summary>
internal static class ScriptTable
{
    /// <summary>A 64K-entry array: index by a char, get its replacement (itself when unmapped).</summary>
    public static char[] Load(string fileName)
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = (char)i;
        }

        var name = $"AifStudy.Core.Search.Data.{fileName}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            // Lines are "from to"; '#' starts the provenance header.
            if (line.Length == 3 && line[1] == ' ' && line[0] != '#')
            {
                table[line[0]] = line[2];
            }
        }

        return table;
    }
}
