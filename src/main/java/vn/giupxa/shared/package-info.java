/**
 * The small kernel every module may use: text normalisation, the caller's scope and Vietnamese sorting.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.giupxa.shared;
