/** The wizard's icons: Fluent System Icons from the shared headless entry points (controls/common/icons.ts). */
export {
  Checkmark20Regular as CheckIcon,
  Copy20Regular as CopyIcon,
  Eye20Regular as EyeIcon,
  EyeOff20Regular as EyeOffIcon,
} from "../common/icons";
