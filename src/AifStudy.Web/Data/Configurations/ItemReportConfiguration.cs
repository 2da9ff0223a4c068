using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AifStudy.Web.Data.Configurations;

internal sealed class ItemReportConfiguration : IEntityTypeConfiguration<ItemReport>
{
    public void Configure(EntityTypeBuilder<ItemReport> builder)
    {
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.ItemKey).HasMaxLength(16).IsFixedLength();
        builder.Property(r => r.NoteSlug).HasMaxLength(200);
        builder.Property(r => r.SectionAnchor).HasMaxLength(300);
        builder.Property(r => r.Reason).HasConversion<string>().HasMaxLength(24);
        builder.Property(r => r.Comment).HasMaxLength(1000);

        // One row per learner and item: reporting again reopens it. Also what the queue and the quiz draw read.
        builder.HasIndex(r => new { r.LearnerId, r.Kind, r.ItemKey }).IsUnique();
        builder.HasIndex(r => new { r.LearnerId, r.CardId });

        builder.HasOne<Learner>().WithMany().HasForeignKey(r => r.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Card>().WithMany().HasForeignKey(r => r.CardId).OnDelete(DeleteBehavior.Cascade);
    }
}
