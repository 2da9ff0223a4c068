using AifStudy.Core.Notes;
using AifStudy.Core.Quality;
using AifStudy.Core.Quizzes;
using static AifStudy.Core.Tests.Quizzes.Quizzes;

namespace AifStudy.Core.Tests.Quizzes;

/// <summary>Practice questions the author wrote and keyed, asked as written.</summary>
public sealed class PracticeQuestionTests
{
    private static readonly NoteParser Parser = new();

    private static List<QuizQuestion> Practice(string markdown) =>
        QuestionGenerator.Generate(Parser.Parse(markdown, "test.md"), "test", 2, 1, null, GenerationOptions.Default)
            .Where(q => q.Subject?.StartsWith(PracticeQuestions.SubjectPrefix, StringComparison.Ordinal) == true).ToList();

    // What the builder proposes, before the checks (a key without a proving line is dropped by unproven-answer).
    private static List<QuizQuestion> Proposed(string markdown) =>
        QuestionGenerator.Generate(Parser.Parse(markdown, "test.md"), "test", 2, 1, null, GenerationOptions.Unchecked)
            .Where(q => q.Subject?.StartsWith(PracticeQuestions.SubjectPrefix, StringComparison.Ordinal) == true).ToList();

    // A keyed question with no explanation of its own, and a heading after it.
    private const string ChatbotQuestion = """
        # AWS AI services

        **Q2.** Which service provides **chatbot building with natural language understanding**?
        A. Polly
        B. Lex
        C. Connect
        D. Transcribe
        ✅ **Answer: B**

        ## True / False
        """;

    [Fact]
    public void A_key_without_an_explanation_is_explained_by_the_line_of_the_note_that_proves_it()
    {
        const string note = ChatbotQuestion + """

            **Q6.** Amazon Connect can integrate with Lex to provide intelligent customer support.

            ## Exam tip

            - "Which service to build a **chatbot** → **Lex**."
            """;

        var q = Assert.Single(Practice(note));

        Assert.Equal("Lex", Answer(q));
        Assert.Equal("\"Which service to build a chatbot → Lex.\"", q.Explanation);
    }

    [Fact]
    public void A_key_that_nothing_in_the_note_proves_is_dropped_as_unproven()
    {
        const string note = ChatbotQuestion + """

            Amazon Connect can integrate with Lex to provide intelligent customer support.
            """;

        Assert.Equal("B. Lex", Assert.Single(Proposed(note)).Explanation);
        Assert.Empty(Practice(note));
    }

    [Fact]
    public void Options_in_a_code_block_with_an_answer_line_give_the_question_in_the_authors_order()
    {
        const string note = """
            3. A company wants to use large language models (LLMs) to produce code from natural language code comments. Which LLM feature meets these requirements?

            ```
            A. Text summarization
            B. Text generation
            C. Text completion
            D. Text classification
            answer: B
            ```

            4. What are tokens in the context of generative AI models?

            ```
            A. Tokens are the basic units of input and output that a model operates on.
            B. Tokens are the mathematical representations of words.
            C. Tokens are the pre-trained weights of a model.
            answer: A
            ```
            """;

        var questions = Proposed(note);

        Assert.Equal(2, questions.Count);
        var q = questions[0];
        Assert.Equal(QuestionKind.MultipleChoice, q.Kind);
        Assert.Equal("A company wants to use large language models (LLMs) to produce code from natural language code comments. Which LLM feature meets these requirements?", q.Prompt);
        Assert.Equal(["Text summarization", "Text generation", "Text completion", "Text classification"], q.Options);
        Assert.Equal("Text generation", Answer(q));
        Assert.Equal("B. Text generation", q.Explanation);
        Assert.Equal(3, questions[1].Options.Count);
        Assert.Equal("Tokens are the basic units of input and output that a model operates on.", Answer(questions[1]));
    }

    [Fact]
    public void A_question_split_over_headings_with_a_correct_answer_heading_is_read_whole()
    {
        const string note = """
            # Review

            ## 1 - Responsible AI

            ### 1.1 - Original Question

            A bank's model rejects rural applicants more often than urban applicants.

            Which type of bias is affecting the model output?

            ### 1.2 - Choices

            A. Measurement bias
            B. Confirmation bias
            C. Observer bias
            D. Sampling bias

            ### 1.3 - Correct Answer

            **D. Sampling bias**

            ### 1.4 - Why?

            **Sampling bias** occurs when the training data is not representative of the population.
            """;

        var q = Assert.Single(Practice(note));

        Assert.Equal("A bank's model rejects rural applicants more often than urban applicants. Which type of bias is affecting the model output?", q.Prompt);
        Assert.Equal("Sampling bias", Answer(q));
        Assert.Equal("Sampling bias occurs when the training data is not representative of the population.", q.Explanation);
    }

    [Fact]
    public void A_chinese_question_with_a_key_in_details_is_asked()
    {
        const string note = """
            ### 题目 1

            某公司希望模型基于内部文档回答问题，且文档每周更新。应该选择哪种方案？

            A) 每周微调模型
            B) 使用 RAG 和知识库
            C) 从头训练新模型

            <details>
            <summary>查看答案</summary>

            **答案：** B

            RAG 只需更新索引，无需重新训练。
            </details>
            """;

        var q = Assert.Single(Practice(note));

        Assert.Equal("使用 RAG 和知识库", Answer(q));
        Assert.Equal("RAG 只需更新索引，无需重新训练。", q.Explanation);
    }

    [Theory]
    [InlineData("answer: BD")]
    [InlineData("answer: E")]
    [InlineData("")]
    public void A_question_keyed_to_two_letters_to_no_option_or_not_at_all_is_dropped(string key)
    {
        var note = $"Which services store vectors?\n\nA. Amazon OpenSearch Service\nB. Amazon Aurora\nC. Amazon Polly\nD. Amazon Translate\n\n{key}\n";

        Assert.Empty(Practice(note));
    }

    [Fact]
    public void A_question_with_an_option_that_points_at_others_is_dropped() =>
        Assert.Empty(Practice("Which are generative models?\n\nA. GAN\nB. VAE\nC. All of the above\n\nAnswer: C\n"));

    [Fact]
    public void Options_without_a_question_above_them_are_not_a_question() =>
        Assert.Empty(Practice("Three layers.\n\nA. Embedding layer\nB. Feed-forward layer\nC. Attention\n\nAnswer: A\n"));

    [Fact]
    public void The_explanation_ends_where_the_next_section_asks_something_else()
    {
        const string note = """
            # 练习

            ## 第 1 题

            应该选择哪种方案？

            A. 微调
            B. RAG
            C. 从头训练

            **答案：** B

            RAG 只需更新索引。

            ## 第 2 题

            Which metric measures overlap with a reference summary?
            """;

        var q = Assert.Single(Practice(note));

        Assert.Equal("RAG 只需更新索引。", q.Explanation);
    }
}
