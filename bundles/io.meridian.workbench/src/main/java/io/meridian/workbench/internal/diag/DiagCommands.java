package io.meridian.workbench.internal.diag;

import io.meridian.api.shell.ShellCommand;
import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code diag BUNDLE} and {@code shutdown}. */
@Component(service = DiagCommands.class, property = {
        ShellCommand.SCOPE + "=meridian", ShellCommand.FUNCTION + "=diag", ShellCommand.FUNCTION + "=shutdown"})
public final class DiagCommands {

    private final Diagnostician diagnostician;
    private final BundleContext context;

    @Activate
    public DiagCommands(@Reference Diagnostician diagnostician, BundleContext context) {
        this.diagnostician = diagnostician;
        this.context = context;
    }

    @Descriptor("Explain why a bundle or one of its components is not active, root cause first")
    public String diag(@Descriptor("bundle id or symbolic name") String bundle) {
        return diagnostician.diagnose(diagnostician.find(bundle), true).render();
    }

    @Descriptor("Explain every bundle that is not active or has an unsatisfied component")
    public String diag() {
        StringBuilder text = new StringBuilder();
        for (Bundle bundle : context.getBundles()) {
            Diagnosis diagnosis = diagnostician.diagnose(bundle, true);
            if (!diagnosis.healthy() && bundle.getBundleId() != 0) text.append(diagnosis.render()).append('\n');
        }
        return text.isEmpty() ? "Every bundle is active and every component satisfied.\n" : text.toString();
    }

    @Descriptor("Stop the workbench cleanly")
    public String shutdown() throws BundleException {
        Bundle system = context.getBundle(0);
        Thread stopper = new Thread(() -> {
            try {
                system.stop();
            } catch (BundleException e) {
                throw new IllegalStateException(e);
            }
        }, "meridian-shutdown-command");
        stopper.start();
        return "Stopping Meridian.";
    }
}
