using AppealHandbook.Core;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Core;

/// <summary>Each kind of work gets one builder per thread, empty each time, and a builder grown too large is not kept.</summary>
[Trait(Category.Name, Category.Unit)]
public class ThreadBuilderTests
{
    [Fact]
    public void Gives_the_same_builder_again_emptied()
    {
        var builders = new ThreadBuilder(largestKept: 1024);
        var first = builders.Take();
        first.Append("section text");
        builders.Return(first);

        var second = builders.Take();

        Assert.Same(first, second);
        Assert.Equal(0, second.Length);
    }

    [Fact]
    public void Two_kinds_of_work_hold_their_own_builders_at_once()
    {
        var sections = new ThreadBuilder(largestKept: 1024);
        var headings = new ThreadBuilder(largestKept: 1024);
        var section = sections.Take();
        section.Append("before the heading ");

        var heading = headings.Take();
        heading.Append("Heading");

        Assert.NotSame(section, heading);
        Assert.Equal("before the heading ", section.ToString());
    }

    [Fact]
    public void Lets_go_of_a_builder_grown_past_the_limit()
    {
        var builders = new ThreadBuilder(largestKept: 64);
        var grown = builders.Take();
        grown.Append('x', 1000);
        builders.Return(grown);

        Assert.NotSame(grown, builders.Take());
    }

    [Fact]
    public async Task Each_thread_has_its_own_builder()
    {
        var builders = new ThreadBuilder(largestKept: 1024);
        var mine = builders.Take();
        var other = await Task.Factory.StartNew(builders.Take, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        Assert.NotSame(mine, other);
    }
}
