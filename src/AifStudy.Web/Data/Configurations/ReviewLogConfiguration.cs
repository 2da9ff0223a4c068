using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AifStudy.Web.Data.Configurations;

internal sealed class ReviewLogConfiguration : IEntityTypeConfiguration<ReviewLog>
{
    public void Configure(EntityTypeBuilder<ReviewLog> builder)
    {
        builder.Property(l => l.StateBefore).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.StateAfter).HasConversion<string>().HasMaxLength(16);

        builder.HasIndex(l => new { l.LearnerId, l.ReviewedAt });
        builder.HasIndex(l => l.CardId);

        builder.HasOne<Learner>().WithMany().HasForeignKey(l => l.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Card>().WithMany().HasForeignKey(l => l.CardId).OnDelete(DeleteBehavior.Cascade);
    }
}
