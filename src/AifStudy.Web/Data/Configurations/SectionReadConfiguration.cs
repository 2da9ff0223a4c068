using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AifStudy.Web.Data.Configurations;

internal sealed class SectionReadConfiguration : IEntityTypeConfiguration<SectionRead>
{
    public void Configure(EntityTypeBuilder<SectionRead> builder)
    {
        builder.HasKey(r => new { r.LearnerId, r.NoteSlug, r.SectionAnchor });
        builder.Property(r => r.NoteSlug).HasMaxLength(200);
        builder.Property(r => r.SectionAnchor).HasMaxLength(400);

        // "Continue where you left off": a learner's latest mark.
        builder.HasIndex(r => new { r.LearnerId, r.ReadAt });

        builder.HasOne<Learner>().WithMany().HasForeignKey(r => r.LearnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
