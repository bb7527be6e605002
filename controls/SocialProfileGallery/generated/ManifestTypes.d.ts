/*
*This is auto generated from the ControlManifest.Input.xml file
*/

// Define IInputs and IOutputs Type. They should match with ControlManifest.
export interface IInputs {
    scrollHeight: ComponentFramework.PropertyTypes.WholeNumberProperty;
    pageSize: ComponentFramework.PropertyTypes.WholeNumberProperty;
    cardLayout: ComponentFramework.PropertyTypes.EnumProperty<"compact" | "full">;
    allowOptOutUpdates: ComponentFramework.PropertyTypes.EnumProperty<"no" | "yes">;
    profiles: ComponentFramework.PropertyTypes.DataSet;
}
export interface IOutputs {
}
