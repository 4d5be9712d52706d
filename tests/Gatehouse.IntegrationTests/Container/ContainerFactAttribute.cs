namespace Gatehouse.IntegrationTests.Container;

/// <summary>
/// A test of the add-on image: it runs under addon/container-smoke.sh, which builds the image and names it in
/// GATEHOUSE_CONTAINER_IMAGE; elsewhere it is reported as skipped, with the command that runs it.
/// </summary>
internal sealed class ContainerFactAttribute : FactAttribute
{
    public ContainerFactAttribute()
    {
        if (AddonContainer.Image is null)
        {
            Skip = "Needs the add-on image: run addon/container-smoke.sh.";
        }
    }
}
