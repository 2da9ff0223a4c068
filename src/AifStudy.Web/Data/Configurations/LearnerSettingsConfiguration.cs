using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AifStudy.Web.Data.Configurations;

internal sealed class LearnerSettingsConfiguration : IEntityTypeConfiguration<LearnerSettings>
{
    public void Configure(EntityTypeBuilder<LearnerSettings> builder)
    {
        builder.HasKey(s => s.LearnerId);
        builder.Property(s => s.Weights).HasMaxLength(1000);
        builder.Property(s => s.NewCardOrder).HasConversion<string>().HasMaxLength(16);

        builder.HasOne<Learner>().WithOne().HasForeignKey<LearnerSettings>(s => s.LearnerId).OnDelete(DeleteBehavior.Cascade);

        builder.HasData(new LearnerSettings { LearnerId = Learner.DefaultId });
    }
}
