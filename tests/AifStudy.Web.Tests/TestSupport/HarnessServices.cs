using AifStudy.Web.Data;
using AifStudy.Web.Data.Sqlite;
using AifStudy.Web.Extensions;
using AifStudy.Web.Services;
using AifStudy.Web.Services.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AifStudy.Web.Tests.TestSupport;

/// <summary>
/// The app's own registrations (<see cref="Extensions.Extensions.AddApplicationServices(IServiceCollection)"/>) with an
/// <see cref="ImportHarness"/>'s database, clock, content folder and importer in place of the configured ones, so that
/// what a test resolves is wired as in the app. A test's own stand-ins are registered after this.
/// </summary>
internal static class HarnessServices
{
    public static IServiceCollection AddPortalServices(this IServiceCollection services, ImportHarness harness)
    {
        services.AddApplicationServices();
        services.Replace(ServiceDescriptor.Singleton<IDbContextFactory<StudyDbContext>>(harness.Database));
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(harness.Clock));
        services.Replace(ServiceDescriptor.Singleton(Options.Create(new ContentOptions { Path = harness.Content.Path })));
        services.Replace(ServiceDescriptor.Singleton(harness.Importer));
        services.Replace(ServiceDescriptor.Singleton(harness.Checkpoints));
        services.Replace(ServiceDescriptor.Singleton(harness.Progress));
        return services;
    }
}
