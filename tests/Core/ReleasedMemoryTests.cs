using AppealHandbook.Core;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Core;

[Trait(Category.Name, Category.Unit)]
public class ReleasedMemoryTests
{
    [Fact]
    public void Collects_once_the_threshold_is_let_go_of_and_counts_again_from_nothing()
    {
        var released = new ReleasedMemory(threshold: 1000);

        released.LetGo(999);
        Assert.Equal(0, released.Collections);

        released.LetGo(1);
        Assert.Equal(1, released.Collections);

        released.LetGo(999); // the count started again after the collection
        Assert.Equal(1, released.Collections);

        released.LetGo(5000);
        Assert.Equal(2, released.Collections);
    }

    [Fact]
    public void Threads_that_reach_the_threshold_together_collect_once()
    {
        var released = new ReleasedMemory(threshold: 1000);

        Parallel.For(0, 100, _ => released.LetGo(10));

        Assert.Equal(1, released.Collections);
    }

    [Fact]
    public void Counts_a_string_by_its_characters()
    {
        Assert.Equal(8, ReleasedMemory.Of("四个字符"));
        Assert.Equal(0, ReleasedMemory.Of(""));
    }
}
