using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AifStudy.Web.Data.Configurations;

internal sealed class NewCardLimitConfiguration : IEntityTypeConfiguration<NewCardLimit>
{
    public void Configure(EntityTypeBuilder<NewCardLimit> builder)
    {
        builder.HasKey(l => new { l.LearnerId, l.Scope });
        builder.Property(l => l.Scope).HasMaxLength(210);

        builder.HasOne<Learner>().WithMany().HasForeignKey(l => l.LearnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
