using AifStudy.Core.Notes;
using AifStudy.Web.Data;
using AifStudy.Web.Services;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Extensions;

internal static class Extensions
{
    public static void AddApplicationServices(this IHostApplicationBuilder builder)
    {
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
            options.UseSqlite(HostPaths.ResolveSqliteConnectionString(connectionString, contentRoot));
        });

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<NoteParser>(_ => new NoteParser());
        builder.Services.AddSingleton<ContentImporter>();
        builder.Services.AddSingleton<NoteCatalog>();
        builder.Services.AddHostedService<StudyDatabaseInitializer>();
    }
}
