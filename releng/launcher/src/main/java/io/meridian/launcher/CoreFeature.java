package io.meridian.launcher;

import com.fasterxml.jackson.jr.ob.JSON;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bundles of {@code features/core.json}: what the launcher installs before anything else
 * runs. Every other feature is installed by the feature manager inside the framework.
 *
 * @param bundles in start order
 */
record CoreFeature(List<StartupBundle> bundles) {

    /**
     * A bundle of the core feature.
     *
     * @param artifact the jar's name in {@code system/}, without ".jar"
     * @param jar the jar itself
     * @param startLevel the OSGi start level (lower starts earlier)
     * @param start false for a bundle the launcher starts itself when needed (the interactive shell)
     */
    record StartupBundle(String artifact, Path jar, int startLevel, boolean start) {
    }

    static CoreFeature read(Path featureFile, Path systemDir) throws LaunchException {
        Map<String, Object> json;
        try {
            json = JSON.std.mapFrom(Files.readString(featureFile));
        } catch (NoSuchFileException e) {
            throw new LaunchException(LaunchException.FAILURE, "the core feature " + featureFile
                    + " is missing: the installation is incomplete. Unpack the distribution again");
        } catch (JsonProcessingException e) {
            throw new LaunchException(LaunchException.FAILURE, featureFile + " line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                    + ": not valid JSON (" + e.getOriginalMessage() + "). Fix the file or unpack the distribution again");
        } catch (IOException e) {
            throw new LaunchException(LaunchException.FAILURE, "cannot read " + featureFile + ": " + e.getMessage());
        }
        if (!(json.get("bundles") instanceof List<?> entries)) {
            throw new LaunchException(LaunchException.FAILURE, featureFile + ": field \"bundles\" must be a list of "
                    + "{\"artifact\": …, \"startLevel\": …}");
        }
        List<StartupBundle> bundles = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String where = featureFile + ", bundles[" + i + "]";
            if (!(entries.get(i) instanceof Map<?, ?> entry) || !(entry.get("artifact") instanceof String artifact)) {
                throw new LaunchException(LaunchException.FAILURE, where + ": needs a string field \"artifact\"");
            }
            Object level = entry.get("startLevel");
            if (level != null && !(level instanceof Integer)) {
                throw new LaunchException(LaunchException.FAILURE, where + ": \"startLevel\" must be a whole number, got " + level);
            }
            int startLevel = level == null ? 1 : (Integer) level;
            if (startLevel < 1) throw new LaunchException(LaunchException.FAILURE, where + ": \"startLevel\" must be 1 or more");
            Object startFlag = entry.get("start");
            if (startFlag != null && !(startFlag instanceof Boolean)) {
                throw new LaunchException(LaunchException.FAILURE, where + ": \"start\" must be true or false, got " + startFlag);
            }
            boolean start = startFlag == null || (Boolean) startFlag;
            Path jar = systemDir.resolve(artifact + ".jar");
            if (!Files.isRegularFile(jar)) {
                throw new LaunchException(LaunchException.FAILURE, where + ": bundle " + jar
                        + " is missing: the installation is incomplete. Unpack the distribution again");
            }
            bundles.add(new StartupBundle(artifact, jar, startLevel, start));
        }
        return new CoreFeature(List.copyOf(bundles));
    }

}
