using System.Text.RegularExpressions;
using AifStudy.Core.Notes;
using AifStudy.Core.Search;

namespace AifStudy.Core.Quality;

/// <summary>
/// The Chinese of English words a term is made of ("decoder" → 解码器, "stealing" → 窃取), in Simplified characters:
/// how the checks tell that a Chinese prompt spells out an English answer, or that a Chinese description shares a word
/// with an English term. Small by design: the words of AIF-C01 terms that the reviews found given away.
/// </summary>
internal static partial class Glossary
{
    private static readonly Dictionary<string, string[]> Chinese = new(StringComparer.Ordinal)
    {
        ["protocol"] = ["协议"], ["chat"] = ["对话", "聊天"], ["coding"] = ["编程"], ["programming"] = ["编程"], ["decoder"] = ["解码器"], ["code"] = ["代码"], ["pre"] = ["预"], ["area"] = ["面积"], ["encoder"] = ["编码器"], ["only"] = ["仅", "只"], ["attention"] = ["注意力"],
        ["self"] = ["自"], ["embedding"] = ["嵌入"], ["embeddings"] = ["嵌入"], ["token"] = ["标记", "词元", "令牌"],
        ["fine"] = ["微调"], ["tuning"] = ["微调", "调优", "调整"], ["prompt"] = ["提示"], ["retrieval"] = ["检索"],
        ["augmented"] = ["增强"], ["generation"] = ["生成"], ["reinforcement"] = ["强化"], ["learning"] = ["学习"],
        ["human"] = ["人类"], ["feedback"] = ["反馈"], ["supervised"] = ["监督"], ["unsupervised"] = ["无监督"],
        ["transfer"] = ["迁移"], ["vector"] = ["向量"], ["database"] = ["数据库"], ["diffusion"] = ["扩散"],
        ["generative"] = ["生成"], ["adversarial"] = ["对抗"], ["network"] = ["网络"], ["neural"] = ["神经"],
        ["chain"] = ["链"], ["thought"] = ["思维", "思考"], ["shot"] = ["样本", "示例"], ["zero"] = ["零"], ["few"] = ["少"],
        ["multimodal"] = ["多模态"], ["hallucination"] = ["幻觉"], ["inference"] = ["推理"], ["context"] = ["上下文"],
        ["window"] = ["窗口"], ["temperature"] = ["温度"], ["agent"] = ["代理", "智能体"], ["knowledge"] = ["知识"], ["base"] = ["库", "基础"],
        ["feature"] = ["特征"], ["store"] = ["存储"], ["identity"] = ["身份"], ["access"] = ["访问"], ["management"] = ["管理"],
        ["text"] = ["文本"], ["domain"] = ["领域"], ["performance"] = ["性能"], ["image"] = ["图像"],
        ["security"] = ["安全"], ["privacy"] = ["隐私"], ["evaluation"] = ["评估"], ["monitoring"] = ["监控"], ["monitor"] = ["监控"],
        ["registry"] = ["注册"], ["pipeline"] = ["管道", "流水线"], ["training"] = ["训练"], ["deployment"] = ["部署"],
        ["bias"] = ["偏差", "偏见"], ["fairness"] = ["公平"], ["explainability"] = ["可解释"], ["governance"] = ["治理"],
        ["compliance"] = ["合规"], ["audit"] = ["审计"], ["summarization"] = ["摘要"], ["translation"] = ["翻译"],
        ["classification"] = ["分类"], ["regression"] = ["回归"], ["clustering"] = ["聚类"], ["detection"] = ["检测"],
        ["recognition"] = ["识别"], ["speech"] = ["语音"], ["vision"] = ["视觉"], ["guardrails"] = ["护栏"], ["tracking"] = ["跟踪"],
        ["version"] = ["版本"], ["versioning"] = ["版本"], ["encryption"] = ["加密"], ["logging"] = ["日志"], ["cost"] = ["成本"],
        ["stealing"] = ["窃取", "盗取"], ["theft"] = ["窃取", "盗窃"], ["cache"] = ["缓存"], ["poisoning"] = ["投毒", "中毒"],
        ["injection"] = ["注入"], ["denial"] = ["拒绝"], ["extraction"] = ["提取"], ["leakage"] = ["泄露"], ["leak"] = ["泄露"],
        ["jailbreak"] = ["越狱"], ["jailbreaking"] = ["越狱"], ["inversion"] = ["反演"], ["membership"] = ["成员"],
        ["backdoor"] = ["后门"], ["supply"] = ["供应"], ["hijacking"] = ["劫持"], ["exposure"] = ["暴露"], ["overfitting"] = ["过拟合"],
        ["underfitting"] = ["欠拟合"], ["validation"] = ["验证"], ["cross"] = ["交叉", "跨"], ["variance"] = ["方差"],
        ["accuracy"] = ["准确"], ["precision"] = ["精确", "精度"], ["recall"] = ["召回"], ["sampling"] = ["采样", "抽样"], ["sample"] = ["采样"],
        ["optimizer"] = ["优化器"], ["optimizers"] = ["优化器"], ["structured"] = ["结构化"], ["unstructured"] = ["非结构化"], ["summary"] = ["摘要", "总结"], ["summarize"] = ["摘要", "总结"],
        ["gaussian"] = ["高斯"], ["mixture"] = ["混合"], ["hierarchical"] = ["层次", "分层"], ["density"] = ["密度"], ["means"] = ["均值"],
        ["raw"] = ["原始"], ["hybrid"] = ["混合"], ["memory"] = ["记忆", "内存"], ["transcript"] = ["记录", "逐字稿"], ["labeled"] = ["标注"],
        ["reward"] = ["奖励"], ["policy"] = ["策略"], ["quantization"] = ["量化"], ["distillation"] = ["蒸馏"], ["pruning"] = ["剪枝"],
        ["top"] = ["前k", "前 k", "前K", "前 K", "前n", "前N"], ["pixel"] = ["像素"], ["pixels"] = ["像素"], ["segmentation"] = ["分割"],
        ["intersection"] = ["交集"], ["union"] = ["并集"], ["loss"] = ["损失"], ["error"] = ["误差"], ["squared"] = ["平方"],
        ["absolute"] = ["绝对"], ["curve"] = ["曲线"], ["confusion"] = ["混淆"], ["matrix"] = ["矩阵"], ["perplexity"] = ["困惑度"],
        ["similarity"] = ["相似"], ["cosine"] = ["余弦"], ["distance"] = ["距离"], ["probability"] = ["概率"], ["label"] = ["标签"],
        ["labels"] = ["标签"], ["creativity"] = ["创造力", "创意"], ["flexibility"] = ["灵活"], ["relevance"] = ["相关"], ["coherence"] = ["连贯"],
        ["fluency"] = ["流畅"], ["experience"] = ["体验", "经验"], ["sentiment"] = ["情感", "情绪"], ["entity"] = ["实体"], ["keyword"] = ["关键词"], ["keywords"] = ["关键词"],
        ["test"] = ["测试"], ["train"] = ["训练"], ["development"] = ["开发", "验证"], ["dev"] = ["开发", "验证"],
        ["final"] = ["最终"], ["answer"] = ["答案"], ["observation"] = ["观察"], ["action"] = ["行动"], ["reasoning"] = ["推理"],
        ["instruction"] = ["指令"], ["instructions"] = ["指令"], ["alignment"] = ["对齐"], ["anomaly"] = ["异常"], ["recommendation"] = ["推荐"],
        ["index"] = ["索引"], ["node"] = ["节点"], ["query"] = ["查询"], ["coord"] = ["协调"], ["coordinator"] = ["协调"], ["proxy"] = ["代理"],
        ["organization"] = ["组织"], ["location"] = ["地点", "位置"], ["person"] = ["人名"], ["storage"] = ["存储"], ["search"] = ["搜索", "检索"],
        ["gradient"] = ["梯度"], ["descent"] = ["下降"], ["normalization"] = ["归一化"], ["activation"] = ["激活"], ["weight"] = ["权重"], ["weights"] = ["权重"],
        ["vanishing"] = ["消失"], ["exploding"] = ["爆炸"], ["gate"] = ["门"], ["hidden"] = ["隐藏"], ["forget"] = ["遗忘"], ["masked"] = ["掩码", "遮蔽"],
        ["sentence"] = ["句子"], ["prediction"] = ["预测"], ["question"] = ["问题", "问答"], ["answering"] = ["回答", "问答"], ["named"] = ["命名"],
        ["tagging"] = ["标注"], ["dialogue"] = ["对话"], ["machine"] = ["机器"], ["decision"] = ["决策"], ["random"] = ["随机"], ["forest"] = ["森林"],
        ["detector"] = ["检测"], ["planner"] = ["规划"], ["planning"] = ["规划"], ["critic"] = ["评判", "批评"], ["reflection"] = ["反思"],
    };

    // A Chinese word of a term and the everyday word a description echoes it with: 注意力机制 is "关注…最相关的部分".
    private static readonly Dictionary<string, string[]> ChineseEchoes = new(StringComparer.Ordinal)
    {
        ["注意力"] = ["关注"],
    };

    /// <summary>The Chinese of each English word of <paramref name="text"/> that the glossary knows.</summary>
    public static IEnumerable<string> Translations(string text) =>
        LatinWord().Matches(text).Select(m => m.Value.ToLowerInvariant()).SelectMany(w => Chinese.TryGetValue(w, out var c) ? c : [])
            .Concat(ChineseEchoes.Where(e => ChineseScript.ToSimplified(text).Contains(e.Key, StringComparison.Ordinal)).SelectMany(e => e.Value));

    /// <summary>True when every word of an English <paramref name="answer"/> has its Chinese in <paramref name="simplifiedPrompt"/>.</summary>
    public static bool SpellsOut(string simplifiedPrompt, string answer)
    {
        if (answer.Any(ScriptCounts.IsCjk))
        {
            return false;
        }

        var words = LatinWord().Matches(answer).Select(m => m.Value.ToLowerInvariant()).Where(w => w.Length > 1).ToList();
        return words.Count > 0 && words.All(w => Chinese.TryGetValue(w, out var chinese) && chinese.Any(c => simplifiedPrompt.Contains(c, StringComparison.Ordinal)));
    }

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex LatinWord();
}
