/** The workbench views and palette commands Meridian's own bundles declare. */
package io.meridian.support.workbench;
