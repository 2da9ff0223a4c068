using AifStudy.Core.Notes;
using AifStudy.Web.Api.Health;
using AifStudy.Web.Data;
using AifStudy.Web.Data.Sqlite;
using AifStudy.Web.Services;
using AifStudy.Web.Services.Dashboard;
using AifStudy.Web.Services.Feedback;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Services.Import;
using AifStudy.Web.Services.Notes;
using AifStudy.Web.Services.Quizzes;
using AifStudy.Web.Services.Reading;
using AifStudy.Web.Services.Search;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Extensions;

internal static class Extensions
{
    // Stateless: one instance serves every context.
    private static readonly SqliteConnectionSetup ConnectionSetup = new();

    public static void AddApplicationServices(this IHostApplicationBuilder builder) => builder.Services.AddApplicationServices();

    /// <summary>
    /// Every service the portal registers. Tests start from this too, replacing the database, clock and content folder,
    /// so that a page under test gets what it gets in the app.
    /// </summary>
    public static IServiceCollection AddApplicationServices(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddOptions<ContentOptions>()
            .BindConfiguration(ContentOptions.SectionName)
            .PostConfigure<IHostEnvironment>((options, env) =>
                options.Path = HostPaths.ResolveContentPath(options.Path, env.ContentRootPath))
            .Validate(options => options.MaxFileBytes > 0, "Content:MaxFileBytes must be positive.")
            .ValidateOnStart();

        // Read when the first context is made, so that test hosts can override the connection string.
        services.AddDbContextFactory<StudyDbContext>((provider, options) =>
        {
            var connectionString = provider.GetRequiredService<IConfiguration>().GetConnectionString("Study")
                ?? throw new InvalidOperationException("The connection string 'ConnectionStrings:Study' is not set.");
            var contentRoot = provider.GetRequiredService<IHostEnvironment>().ContentRootPath;
            options.UseSqlite(HostPaths.ResolveSqliteConnectionString(connectionString, contentRoot))
                .AddInterceptors(ConnectionSetup);
        });
        services.AddSingleton<DatabaseStatus>();
        services.AddSingleton<SqliteDatabaseProbe>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database").AddCheck<ImportHealthCheck>(ImportHealthCheck.Name);

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<NoteParser>(_ => new NoteParser());
        services.AddSingleton<SqliteSearchIndex>();
        services.AddSingleton<SqliteCheckpoints>();
        services.AddSingleton<SearchService>();
        services.AddSingleton<ImportProgress>();
        services.AddSingleton<ContentImporter>();
        services.AddSingleton<NoteCatalog>();
        services.AddHostedService<StudyDatabaseInitializer>();
        services.AddHostedService<ContentWatcher>();

        services.AddMemoryCache();
        services.AddSingleton<ContentHtmlSanitizer>();
        services.AddSingleton<ContentFiles>();
        services.AddSingleton<ContentFileProvider>();
        services.AddSingleton<NoteHtmlService>();
        services.AddSingleton<NotePageService>();

        services.AddSingleton<LearnerSettingsService>();
        services.AddSingleton<WeightOptimizer>();
        services.AddSingleton<NewCardCursors>();
        services.AddSingleton<ReviewQueue>();
        services.AddSingleton<ReviewRecorder>();
        services.AddSingleton<CardBrowser>();
        services.AddSingleton<CardHtmlRenderer>();
        services.AddSingleton<AnkiExport>();
        services.AddScoped<ReviewPageSession>();
        services.AddSingleton<StudyStatistics>();

        services.AddSingleton<ItemReports>();
        services.AddSingleton<CardEdits>();

        services.AddSingleton<QuestionPool>();
        services.AddSingleton<QuizStarter>();
        services.AddSingleton<QuizAttempts>();
        services.AddSingleton<QuizHistoryService>();
        services.AddScoped<PracticeSession>();
        services.AddScoped<ExamSession>();

        services.AddSingleton<ReadingService>();
        services.AddSingleton<IQuizSummarySource, QuizSummarySource>();
        services.AddSingleton<DashboardService>();
        services.AddSingleton<AifStudy.Web.Services.Exam.ExamPlacements>();
        services.AddSingleton<AifStudy.Web.Services.Exam.CoverageService>();
        services.AddSingleton<AifStudy.Web.Services.Exam.ReadinessService>();

        services.AddApiStatusProblems();
        return services;
    }

    /// <summary>Serves the images that sit beside the notes (and nothing else from the content folder).</summary>
    public static void MapContentFiles(this WebApplication app)
    {
        var contentPath = app.Services.GetRequiredService<IOptions<ContentOptions>>().Value.Path;
        if (!Directory.Exists(contentPath))
        {
            return;
        }

        app.UseStaticFiles(new StaticFileOptions
        {
            RequestPath = ContentFiles.RequestPath,
            FileProvider = app.Services.GetRequiredService<ContentFileProvider>(),
            ContentTypeProvider = new ImageOnlyContentTypeProvider(),
        });
    }

    /// <summary>Only image types get a content type; everything else (the notes themselves) is not served.</summary>
    private sealed class ImageOnlyContentTypeProvider : IContentTypeProvider
    {
        private readonly FileExtensionContentTypeProvider _inner = new();

        public bool TryGetContentType(string subpath, out string contentType)
        {
            contentType = "";
            return ContentFiles.IsServable(subpath) && _inner.TryGetContentType(subpath, out contentType!);
        }
    }
}
