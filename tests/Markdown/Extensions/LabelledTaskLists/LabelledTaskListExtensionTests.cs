using AppealHandbook.Markdown;
using AppealHandbook.Tests.TestKit;

namespace AppealHandbook.Tests.Markdown.Extensions.LabelledTaskLists;

public class LabelledTaskListExtensionTests
{
    [Trait(Category.Name, Category.Unit)]
    public class RenderTests
    {
        [Fact]
        public void A_task_list_checkbox_is_named_by_its_item()
        {
            // Act
            var html = Markdig.Markdown.ToHtml("- [ ] Supplier invoices for **every** ASIN\n- [x] Done & dusted\n", MarkdownPipelineFactory.Pipeline);

            // Assert
            Assert.Contains("""<input disabled="disabled" type="checkbox" aria-label="Supplier invoices for every ASIN" />""", html);
            Assert.Contains("""checked="checked" aria-label="Done &amp; dusted" />""", html);
        }
    }
}
