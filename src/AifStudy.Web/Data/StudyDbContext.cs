using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Data;

public sealed class StudyDbContext(DbContextOptions<StudyDbContext> options) : DbContext(options)
{
    public DbSet<Learner> Learners => Set<Learner>();

    public DbSet<Note> Notes => Set<Note>();

    public DbSet<Section> Sections => Set<Section>();

    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();

    public DbSet<ImportFileResult> ImportFileResults => Set<ImportFileResult>();

    public DbSet<Card> Cards => Set<Card>();

    public DbSet<CardProgress> CardProgress => Set<CardProgress>();

    public DbSet<ReviewLog> ReviewLogs => Set<ReviewLog>();

    public DbSet<LearnerSettings> LearnerSettings => Set<LearnerSettings>();

    public DbSet<QuizAttempt> QuizAttempts => Set<QuizAttempt>();

    public DbSet<QuizAttemptQuestion> QuizAttemptQuestions => Set<QuizAttemptQuestion>();

    public DbSet<SectionRead> SectionReads => Set<SectionRead>();

    public DbSet<NoteReadingPreference> NoteReadingPreferences => Set<NoteReadingPreference>();

    public DbSet<ItemReport> ItemReports => Set<ItemReport>();

    public DbSet<CardEdit> CardEdits => Set<CardEdit>();

    public DbSet<PlacementCorrection> PlacementCorrections => Set<PlacementCorrection>();

    public DbSet<NewCardLimit> NewCardLimits => Set<NewCardLimit>();

    public DbSet<BuriedCard> BuriedCards => Set<BuriedCard>();

    public DbSet<ReviewDay> ReviewDays => Set<ReviewDay>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date type, and EF cannot order or compare DateTimeOffset stored as text there.
        // As UTC ticks they can be (review due dates need it); other providers keep their native type.
        if (Database.IsSqlite())
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
        => modelBuilder.ApplyConfigurationsFromAssembly(typeof(StudyDbContext).Assembly);
}
