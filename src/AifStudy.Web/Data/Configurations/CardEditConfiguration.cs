using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AifStudy.Web.Data.Configurations;

internal sealed class CardEditConfiguration : IEntityTypeConfiguration<CardEdit>
{
    public void Configure(EntityTypeBuilder<CardEdit> builder)
    {
        builder.HasKey(e => new { e.LearnerId, e.CardId });
        builder.HasIndex(e => e.CardId);

        builder.HasOne<Learner>().WithMany().HasForeignKey(e => e.LearnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Card).WithMany().HasForeignKey(e => e.CardId).OnDelete(DeleteBehavior.Cascade);
    }
}
