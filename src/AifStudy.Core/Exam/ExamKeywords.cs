namespace AifStudy.Core.Exam;

/// <summary>
/// The concepts and AWS services of each task statement, separated by <c>|</c>: English, Simplified Chinese, and the
/// Taiwanese wording where it differs (資料, 演算法, 類神經網路), written in Traditional script. Kept to words that say
/// which task a text is about; words every section uses (model, 模型, AI) are left out.
/// </summary>
internal static class ExamKeywords
{
    public const string BasicConcepts =
        "artificial intelligence|machine learning|deep learning|neural network|neural networks|computer vision|natural language processing|nlp|" +
        "supervised learning|unsupervised learning|reinforcement learning|self-supervised|labeled data|unlabeled data|structured data|unstructured data|" +
        "tabular data|time-series|time series|batch inference|real-time inference|classification|regression|clustering|overfitting|underfitting|" +
        "features|feature|training data|algorithm|algorithms|neuron|neurons|activation function|perceptron|" +
        "人工智能|机器学习|深度学习|神经网络|神经元|计算机视觉|自然语言处理|监督学习|无监督学习|半监督|自监督|强化学习|标注数据|标记数据|未标注|结构化数据|非结构化|" +
        "表格数据|时间序列|批量推理|实时推理|分类|回归|聚类|过拟合|欠拟合|特征|训练数据|算法|激活函数|感知机|线性回归|逻辑回归|决策树|" +
        "人工智慧|機器學習|深度學習|類神經網路|神經網路|電腦視覺|自然語言處理|監督式學習|非監督式學習|強化式學習|演算法|資料集|過度擬合";

    public const string UseCases =
        "use case|use cases|recommendation|recommendations|fraud detection|forecasting|anomaly detection|sentiment analysis|speech recognition|" +
        "image recognition|object detection|document processing|chatbot|personalization|" +
        "amazon comprehend|comprehend|amazon lex|amazon polly|polly|amazon transcribe|transcribe|amazon translate|amazon rekognition|rekognition|" +
        "amazon textract|textract|amazon personalize|personalize|amazon forecast|amazon fraud detector|fraud detector|amazon kendra|kendra|" +
        "用例|使用案例|应用场景|推荐系统|推荐|欺诈检测|异常检测|情感分析|情绪分析|语音识别|图像识别|目标检测|文档处理|客服|个性化|成本效益|" +
        "應用場景|詐欺偵測|異常偵測|語音辨識|影像辨識|物件偵測";

    public const string Lifecycle =
        "ml pipeline|ml lifecycle|data collection|exploratory data analysis|eda|data preprocessing|preprocessing|feature engineering|" +
        "hyperparameter|hyperparameters|hyperparameter tuning|model training|model deployment|deployment|model monitoring|mlops|model registry|" +
        "sagemaker data wrangler|data wrangler|sagemaker feature store|feature store|sagemaker model monitor|sagemaker pipelines|sagemaker canvas|" +
        "sagemaker autopilot|sagemaker studio|amazon sagemaker|sagemaker|confusion matrix|accuracy|precision|recall|f1|f1 score|auc|roc|" +
        "validation set|test set|training set|cross-validation|business metrics|roi|" +
        "机器学习管道|开发生命周期|数据收集|数据准备|探索性数据分析|数据预处理|数据清洗|特征工程|超参数|调参|模型部署|模型监控|混淆矩阵|准确率|精确率|召回率|" +
        "验证集|测试集|训练集|交叉验证|业务指标|" +
        "資料前處理|資料清理|特徵工程|超參數|模型部署|混淆矩陣|準確率|精確率|召回率|驗證集|測試集|訓練集";

    public const string GenerativeConcepts =
        "generative ai|genai|foundation model|foundation models|large language model|large language models|llm|llms|transformer|transformers|" +
        "token|tokens|tokenization|tokenizer|embedding|embeddings|vector|vectors|chunking|multimodal|multi-modal|diffusion|diffusion model|gan|" +
        "self-attention|attention|encoder|decoder|next token|pre-training|pretraining|prompt|context window|text generation|image generation|" +
        "summarization|code generation|foundation model lifecycle|fm lifecycle|data selection|" +
        "生成式|生成式 ai|基础模型|大语言模型|大模型|语言模型|分词|词元|令牌|嵌入|向量|分块|多模态|扩散模型|生成对抗网络|自注意力|注意力机制|编码器|" +
        "解码器|预训练|下一个词|文本生成|图像生成|摘要|代码生成|基础模型生命周期|项目生命周期|数据选择|" +
        "生成式人工智慧|基礎模型|大型語言模型|語言模型|多模態|擴散模型|自注意力|編碼器|解碼器|預訓練";

    public const string GenerativeLimits =
        "hallucination|hallucinations|nondeterminism|nondeterministic|interpretability|inaccuracy|adaptability|responsiveness|limitations|" +
        "business value|conversion rate|customer lifetime value|arpu|efficiency|cross-domain|" +
        "幻觉|不确定性|非确定性|可解释性|准确性|适应性|局限性|能力和局限|业务价值|业务问题|转化率|客户终身价值|效率|" +
        "幻覺|局限|商業價值|轉換率";

    public const string GenerativeOnAws =
        "amazon bedrock|bedrock|sagemaker jumpstart|jumpstart|partyrock|amazon q|amazon q developer|amazon q business|codewhisperer|" +
        "provisioned throughput|on-demand|token-based pricing|pricing|cost|availability|redundancy|regional coverage|managed service|" +
        "infrastructure|aws infrastructure|inferentia|trainium|" +
        "托管|全托管|预置吞吐量|按需|定价|成本|可用性|冗余|区域|基础设施|" +
        "託管|佈建|定價|基礎設施";

    public const string Design =
        "retrieval augmented generation|retrieval-augmented generation|rag|knowledge base|knowledge bases|vector database|vector databases|" +
        "vector store|opensearch|amazon opensearch|aurora|neptune|documentdb|pgvector|rds for postgresql|inference parameters|temperature|top-k|" +
        "top k|top-p|top p|stop sequences|response length|latency|model selection|agents|agent|agents for amazon bedrock|multi-step tasks|" +
        "in-context learning|model size|modality|multilingual|customization|" +
        "检索增强生成|检索增强|知识库|向量数据库|向量存储|推理参数|温度|停止序列|响应长度|延迟|模型选择|代理|智能体|多步骤|上下文学习|模态|多语言|设计注意事项|" +
        "檢索增強生成|知識庫|向量資料庫|推論參數|延遲|代理人";

    public const string Prompting =
        "prompt engineering|prompt|prompts|prompting|zero-shot|zero shot|few-shot|few shot|one-shot|single-shot|chain-of-thought|chain of thought|" +
        "cot|prompt template|prompt templates|negative prompt|negative prompts|instruction|instructions|latent space|prompt injection|jailbreak|" +
        "jailbreaking|hijacking|prompt leaking|" +
        "提示词|提示工程|提示词工程|提示|零样本|少样本|单样本|思维链|提示模板|负面提示|指令|潜在空间|提示注入|越狱|劫持|" +
        "提示詞|提示工程|零樣本|少樣本|思維鏈|提示範本|提示模板|潛在空間|提示注入|越獄";

    public const string Training =
        "fine-tuning|fine tuning|finetuning|fine-tune|fine tune|continued pre-training|continuous pre-training|pre-training|pretraining|" +
        "instruction tuning|instruction-tuning|transfer learning|domain adaptation|rlhf|reinforcement learning from human feedback|peft|lora|" +
        "parameter-efficient|training data preparation|data curation|labeling|" +
        "微调|预训练|持续预训练|继续预训练|指令微调|指令调整|迁移学习|领域适应|人类反馈强化学习|参数高效|提示调整|数据准备|数据整理|" +
        "微調|預訓練|持續預訓練|指令微調|遷移學習|人類回饋強化學習";

    public const string Evaluation =
        "evaluation|evaluate|evaluating|benchmark|benchmarks|benchmark dataset|human evaluation|rouge|bleu|bertscore|perplexity|" +
        "model evaluation|metrics|metric|business objectives|user engagement|productivity|" +
        "评估|评价|基准|基准数据集|人工评估|人工评价|指标|业务目标|用户参与|生产力|性能|" +
        "評估|基準|人工評估|指標|效能";

    public const string Responsible =
        "responsible ai|bias|biased|fairness|inclusivity|inclusive|robustness|safety|veracity|toxicity|guardrails|guardrails for amazon bedrock|" +
        "sagemaker clarify|clarify|amazon a2i|augmented ai|human review|diversity|balanced dataset|environmental|sustainability|" +
        "intellectual property|legal risks|trust|demographic|subgroup|" +
        "负责任|负责任的 ai|偏见|偏差|公平|公平性|包容性|稳健性|鲁棒性|安全性|真实性|毒性|护栏|多样性|平衡数据集|环境|可持续|知识产权|法律风险|信任|人口统计|" +
        "負責任|偏見|公平性|包容性|穩健性|護欄|多樣性|永續|智慧財產";

    public const string Transparent =
        "transparency|transparent|explainability|explainable|interpretable|model card|model cards|sagemaker model cards|open source|licensing|" +
        "license|human-centered design|shap|feature attribution|" +
        "透明|透明度|可解释|可解释性|模型卡|开源|许可|以人为本|" +
        "可解釋|可解釋性|模型卡片|開源|授權";

    public const string Security =
        "security|secure|iam|iam roles|policies|permissions|encryption|encrypt|kms|amazon macie|macie|privatelink|aws privatelink|" +
        "shared responsibility model|shared responsibility|data lineage|data cataloging|source citation|access control|least privilege|" +
        "privacy|vulnerability|threat detection|infrastructure protection|vpc|" +
        "安全|保护|身份|角色|策略|权限|加密|共享责任模型|责任共担|数据沿袭|数据血缘|数据目录|访问控制|最小权限|隐私|漏洞|威胁检测|" +
        "資安|保護|權限|加密|共同責任|存取控制|隱私|漏洞";

    public const string Governance =
        "governance|compliance|regulation|regulations|iso|soc|aws config|amazon inspector|inspector|aws audit manager|audit manager|aws artifact|" +
        "artifact|aws cloudtrail|cloudtrail|trusted advisor|audit|auditing|data residency|retention|logging|data governance|" +
        "generative ai security scoping matrix|scoping matrix|policies and procedures|" +
        "治理|合规|法规|监管|审计|数据驻留|数据保留|日志|数据治理|" +
        "治理|合規|法規|監管|稽核|資料落地|資料保留|日誌|資料治理";
}
