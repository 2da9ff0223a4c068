using AifStudy.Core.Notes;
using AifStudy.Web.Api.Health;
using AifStudy.Web.Data;
using AifStudy.Web.Data.Sqlite;
using AifStudy.Web.Services;
using AifStudy.Web.Services.Dashboard;
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

    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddOptions<ContentOptions>()
            .BindConfiguration(ContentOptions.SectionName)
            .PostConfigure<IHostEnvironment>((options, env) =>
                options.Path = HostPaths.ResolveContentPath(options.Path, env.ContentRootPath))
            .Validate(options => options.MaxFileBytes > 0, "Content:MaxFileBytes must be positive.")
            .ValidateOnStart();

        // Read when the first context is made, so that test hosts can override the connection string.
        builder.Services.AddDbContextFactory<StudyDbContext>((services, options) =>
        {
            var connectionString = services.GetRequiredService<IConfiguration>().GetConnectionString("Study")
                ?? throw new InvalidOperationException("The connection string 'ConnectionStrings:Study' is not set.");
            var contentRoot = services.GetRequiredService<IHostEnvironment>().ContentRootPath;
            options.UseSqlite(HostPaths.ResolveSqliteConnectionString(connectionString, contentRoot))
                .AddInterceptors(ConnectionSetup);
        });
        builder.Services.AddSingleton<DatabaseStatus>();
        builder.Services.AddSingleton<SqliteDatabaseProbe>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<NoteParser>(_ => new NoteParser());
        builder.Services.AddSingleton<SqliteSearchIndex>();
        builder.Services.AddSingleton<SqliteCheckpoints>();
        builder.Services.AddSingleton<SearchService>();
        builder.Services.AddSingleton<ContentImporter>();
        builder.Services.AddSingleton<NoteCatalog>();
        builder.Services.AddHostedService<StudyDatabaseInitializer>();

        builder.Services.AddMemoryCache();
        builder.Services.AddSingleton<ContentHtmlSanitizer>();
        builder.Services.AddSingleton<ContentFiles>();
        builder.Services.AddSingleton<ContentFileProvider>();
        builder.Services.AddSingleton<NoteHtmlService>();
        builder.Services.AddSingleton<NotePageService>();

        builder.Services.AddSingleton<LearnerSettingsService>();
        builder.Services.AddSingleton<NewCardCursors>();
        builder.Services.AddSingleton<ReviewQueue>();
        builder.Services.AddSingleton<ReviewRecorder>();
        builder.Services.AddSingleton<CardBrowser>();
        builder.Services.AddSingleton<CardHtmlRenderer>();
        builder.Services.AddSingleton<AnkiExport>();
        builder.Services.AddScoped<ReviewPageSession>();
        builder.Services.AddSingleton<StudyStatistics>();

        builder.Services.AddSingleton<QuestionPool>();
        builder.Services.AddSingleton<QuizStarter>();
        builder.Services.AddSingleton<QuizAttempts>();
        builder.Services.AddSingleton<QuizHistoryService>();
        builder.Services.AddScoped<PracticeSession>();
        builder.Services.AddScoped<ExamSession>();

        builder.Services.AddSingleton<ReadingService>();
        builder.Services.AddSingleton<IQuizSummarySource, QuizSummarySource>();
        builder.Services.AddSingleton<DashboardService>();

        builder.Services.AddApiStatusProblems();
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
