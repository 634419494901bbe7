/** {@code xiaoqu survey aggregate}: the thin command over {@link org.xiaoqu.survey.SurveyRunner}. */
@NullMarked
package org.xiaoqu.cli.survey;

import org.jspecify.annotations.NullMarked;
