using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AifStudy.Web.Data.Configurations;

internal sealed class ReviewDayConfiguration : IEntityTypeConfiguration<ReviewDay>
{
    public void Configure(EntityTypeBuilder<ReviewDay> builder)
    {
        // A year of statistics is one range of this key.
        builder.HasKey(d => new { d.LearnerId, d.Day });

        builder.HasOne<Learner>().WithMany().HasForeignKey(d => d.LearnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
