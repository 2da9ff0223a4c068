using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Data;

public sealed class StudyDbContext(DbContextOptions<StudyDbContext> options) : DbContext(options)
{
    public DbSet<Learner> Learners => Set<Learner>();

    public DbSet<Note> Notes => Set<Note>();

    public DbSet<Section> Sections => Set<Section>();

    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();

    public DbSet<ImportFileResult> ImportFileResults => Set<ImportFileResult>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
        => modelBuilder.ApplyConfigurationsFromAssembly(typeof(StudyDbContext).Assembly);
}
