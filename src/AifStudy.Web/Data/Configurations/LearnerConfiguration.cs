using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AifStudy.Web.Data.Configurations;

internal sealed class LearnerConfiguration : IEntityTypeConfiguration<Learner>
{
    // Fixed so that the seed does not change between migrations.
    private static readonly DateTimeOffset SeededAt = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public void Configure(EntityTypeBuilder<Learner> builder)
    {
        builder.Property(l => l.Name).HasMaxLength(200);

        builder.HasData(new Learner { Id = Learner.DefaultId, Name = "Local learner", CreatedAt = SeededAt });
    }
}
