using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AifStudy.Web.Data.Configurations;

internal sealed class BuriedCardConfiguration : IEntityTypeConfiguration<BuriedCard>
{
    public void Configure(EntityTypeBuilder<BuriedCard> builder)
    {
        builder.HasKey(b => new { b.LearnerId, b.CardId, b.ReviewLogId });
        // The queue reads the learner's cards buried now: a range of this index, no table rows.
        builder.HasIndex(b => new { b.LearnerId, b.Until, b.CardId });
        builder.HasIndex(b => b.ReviewLogId);

        // Undoing the review (deleting its log) unburies what it buried.
        builder.HasOne<ReviewLog>().WithMany().HasForeignKey(b => b.ReviewLogId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Card>().WithMany().HasForeignKey(b => b.CardId).OnDelete(DeleteBehavior.Cascade);
    }
}
