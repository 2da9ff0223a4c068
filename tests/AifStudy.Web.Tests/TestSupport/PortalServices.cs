using AifStudy.Core.Notes;
using AifStudy.Web.Data;
using AifStudy.Web.Data.Sqlite;
using AifStudy.Web.Services;
using AifStudy.Web.Services.Dashboard;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Services.Notes;
using AifStudy.Web.Services.Quizzes;
using AifStudy.Web.Services.Search;
using AifStudy.Web.Services.Reading;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AifStudy.Web.Tests.TestSupport;

/// <summary>The app's real page services, wired to an <see cref="ImportHarness"/>'s database and content folder.</summary>
internal static class PortalServices
{
    public static IServiceCollection AddPortalServices(this IServiceCollection services, ImportHarness harness)
    {
        services.AddSingleton<IDbContextFactory<StudyDbContext>>(harness.Database);
        services.AddSingleton<TimeProvider>(harness.Clock);
        services.AddSingleton(Options.Create(new ContentOptions { Path = harness.Content.Path }));
        services.AddSingleton(new NoteParser());
        services.AddSingleton(harness.Importer);
        services.AddSingleton<NoteCatalog>();
        services.AddSingleton<DatabaseStatus>();
        services.AddMemoryCache();
        services.AddSingleton<ContentHtmlSanitizer>();
        services.AddSingleton<ContentFiles>();
        services.AddSingleton<NoteHtmlService>();
        services.AddSingleton<NotePageService>();
        services.AddSingleton<LearnerSettingsService>();
        services.AddSingleton<ReviewService>();
        services.AddSingleton<StudyStatistics>();
        services.AddSingleton<CardHtmlRenderer>();
        services.AddScoped<ReviewPageSession>();
        services.AddSingleton<SearchService>();
        services.AddSingleton<ReadingService>();
        services.AddSingleton<DashboardService>();
        services.AddSingleton<QuizHistoryService>();
        services.TryAddSingleton<IQuizSummarySource, QuizSummarySource>();
        return services;
    }
}
