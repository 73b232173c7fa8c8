package ${package};

import io.meridian.api.workbench.WorkbenchView;
import org.osgi.service.component.annotations.Component;

/**
 * A view in the workbench window listing this year's holidays in Uruguay. The bundle serves the
 * view's ES module itself: the whiteboard maps {@code /views/uruguay-holidays/*} to the
 * bundle's {@code view/} folder, behind the workbench's token and Host checks like every route.
 */
@Component(service = WorkbenchView.class, property = {
        "osgi.http.whiteboard.resource.pattern=" + HolidaysView.PATH + "/*",
        "osgi.http.whiteboard.resource.prefix=/view"})
public class HolidaysView implements WorkbenchView {

    static final String PATH = "/views/uruguay-holidays";

    @Override
    public String id() {
        return "uruguay-holidays";
    }

    @Override
    public String title() {
        return "Holidays in Uruguay";
    }

    @Override
    public String icon() {
        return "calendar";
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public Placement placement() {
        return Placement.MAIN;
    }

    @Override
    public String module() {
        return PATH + "/holidays.js";
    }

    @Override
    public String element() {
        return "uruguay-holidays";
    }
}
