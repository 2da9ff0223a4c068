using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AifStudy.Web.Data.Configurations;

internal sealed class PlacementCorrectionConfiguration : IEntityTypeConfiguration<PlacementCorrection>
{
    public void Configure(EntityTypeBuilder<PlacementCorrection> builder)
    {
        builder.HasKey(c => new { c.LearnerId, c.NoteSlug, c.SectionAnchor });
        builder.Property(c => c.NoteSlug).HasMaxLength(200);
        builder.Property(c => c.SectionAnchor).HasMaxLength(400);
        builder.Property(c => c.TaskId).HasMaxLength(8);
        builder.HasOne<Learner>().WithMany().HasForeignKey(c => c.LearnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
