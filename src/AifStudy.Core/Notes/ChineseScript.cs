namespace AifStudy.Core.Notes;

/// <summary>
/// Characters that are written differently in Simplified and Traditional Chinese, enough to tell which script a
/// text uses. Detection only; converting between the scripts is a different job.
/// </summary>
internal static class ChineseScript
{
    // Pairs "traditional simplified", common in study notes.
    private const string Pairs =
        "們们 這这 與与 為为 資资 說说 個个 體体 學学 習习 語语 網网 點点 種种 對对 來来 會会 發发 練练 礎础 " +
        "調调 數数 據据 應应 擴扩 權权 顯显 輸输 於于 關关 開开 處处 實实 將将 從从 題题 標标 記记 " +
        "歷历 產产 問问 務务 類类 臉脸 視视 頻频 圖图 聲声 樣样 獲获 確确 構构 節节 課课 專专 業业 " +
        "詞词 義义 變变 價价 錯错 車车 門门 書书 長长 時时 間间 機机 氣气 電电 " +
        "區区 無无 現现 選选 優优 儲储 庫库 檔档 腦脑 經经 驗验 讀读 寫写 條条 觀观 際际 議议 線线 邊边 " +
        "層层 滿满 億亿 萬万 達达 過过 還还 進进 運运 連连 遞递 適适 雜杂 訊讯 預预 訓训";

    private static readonly (HashSet<char> Traditional, HashSet<char> Simplified) Sets = Build();

    // The same sets as one table indexed by the character: +1 Traditional only, -1 Simplified only, 0 neither.
    // Language detection looks up every ideograph of every note, where a set lookup costs ten times as much.
    private static readonly sbyte[] Marks = BuildMarks();

    /// <summary>+1 when only Traditional Chinese uses <paramref name="ch"/>, -1 when only Simplified does, else 0.</summary>
    public static int ScriptMark(char ch) => Marks[ch];

    /// <summary>Characters only Traditional Chinese uses.</summary>
    public static IReadOnlySet<char> Traditional => Sets.Traditional;

    /// <summary>Characters only Simplified Chinese uses.</summary>
    public static IReadOnlySet<char> Simplified => Sets.Simplified;

    private static sbyte[] BuildMarks()
    {
        var marks = new sbyte[char.MaxValue + 1];
        foreach (var ch in Sets.Traditional)
        {
            marks[ch] = 1;
        }

        foreach (var ch in Sets.Simplified)
        {
            marks[ch] = -1;
        }

        return marks;
    }

    private static (HashSet<char>, HashSet<char>) Build()
    {
        var traditional = new HashSet<char>();
        var simplified = new HashSet<char>();
        foreach (var pair in Pairs.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (pair.Length == 2 && pair[0] != pair[1] && ScriptCounts.IsCjk(pair[0]) && ScriptCounts.IsCjk(pair[1]))
            {
                traditional.Add(pair[0]);
                simplified.Add(pair[1]);
            }
        }

        return (traditional, simplified);
    }
}
